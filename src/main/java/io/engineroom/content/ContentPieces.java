package io.engineroom.content;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.content.domain.ContentItem;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One content item's piece for the task page: what the brief asks for and where it goes. Brand members only. */
@Service
public class ContentPieces {

    private final ItemAccess access;
    private final BrandService brands;
    private final PillarService pillars;
    private final ChannelService channels;

    ContentPieces(ItemAccess access, BrandService brands, PillarService pillars, ChannelService channels) {
        this.access = access;
        this.brands = brands;
        this.pillars = pillars;
        this.channels = channels;
    }

    @Transactional(readOnly = true)
    public ContentPiece piece(long contentItemId) {
        ContentItem item = access.readable(contentItemId);
        ZoneId zone = brands.settings(item.getBrandId()).timeZone();
        String pillar = item.getPillarId() == null ? null : pillars.of(item.getBrandId()).stream()
                .filter(candidate -> candidate.id() == item.getPillarId()).findFirst()
                .map(PillarSummary::name).orElse(null);
        return new ContentPiece(item.getId(), item.getBrandId(), item.getTitle(), item.getState().name(),
                item.getObjective(), item.getAudience(), item.getKeyMessage(), pillar, item.getCampaign(),
                item.getPublishAt() == null ? null : item.getPublishAt().atZone(zone),
                item.getChannelIds().stream().map(channels::find).flatMap(Optional::stream)
                        .sorted(Comparator.comparing(ChannelSummary::label)).toList(),
                access.mayWrite(item));
    }
}
