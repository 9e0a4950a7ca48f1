package io.engineroom.content;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compares the pillar mix of what is planned with the brand's targets. */
@Service
class PillarBalanceService {

    private final ContentItemRepository items;
    private final PillarService pillars;
    private final BrandService brands;

    PillarBalanceService(ContentItemRepository items, PillarService pillars, BrandService brands) {
        this.items = items;
        this.pillars = pillars;
        this.brands = brands;
    }

    /** The mix of items planned to publish from {@code from} up to (not including) {@code to}. */
    @Transactional(readOnly = true)
    public PillarBalance between(String brandId, LocalDate from, LocalDate to) {
        ZoneId zone = brands.settings(brandId).timeZone();
        List<ContentItem> planned = items.findByBrandIdAndPublishAtGreaterThanEqualAndPublishAtLessThanOrderByPublishAt(
                brandId, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant());
        Map<Long, Long> perPillar = planned.stream().map(ContentItem::getPillarId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long withPillar = perPillar.values().stream().mapToLong(Long::longValue).sum();
        List<PillarShare> shares = pillars.of(brandId).stream()
                .map(pillar -> share(pillar, perPillar.getOrDefault(pillar.id(), 0L), withPillar))
                .toList();
        return new PillarBalance(brandId, from, to, shares, planned.size(), (int) (planned.size() - withPillar));
    }

    private static PillarShare share(PillarSummary pillar, long count, long total) {
        double share = total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0;
        return new PillarShare(pillar.name(), (int) count, share, pillar.targetShare(), pillar.promotional());
    }
}
