package io.engineroom.content;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.identity.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content calendar of one brand: what is planned to publish on which day, and the pillar mix of a period.
 * Only members of the brand may read it.
 */
@Service
public class ContentCalendar {

    private final ContentItemRepository items;
    private final BrandService brands;
    private final PillarService pillars;
    private final ChannelService channels;
    private final PillarBalanceService balance;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContentCalendar(ContentItemRepository items, BrandService brands, PillarService pillars, ChannelService channels,
            PillarBalanceService balance, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.brands = brands;
        this.pillars = pillars;
        this.channels = channels;
        this.balance = balance;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The brand's time zone: the calendar's days are the brand's days. */
    @Transactional(readOnly = true)
    public ZoneId zone(String brandId) {
        requireMember(brandId);
        return brands.settings(brandId).timeZone();
    }

    /** Items planned to publish from {@code from} up to (not including) {@code toExclusive}, in publish order. */
    @Transactional(readOnly = true)
    public List<CalendarItem> items(String brandId, LocalDate from, LocalDate toExclusive) {
        requireMember(brandId);
        ZoneId zone = brands.settings(brandId).timeZone();
        return view(brandId, zone, items.findByBrandIdAndPublishAtGreaterThanEqualAndPublishAtLessThanOrderByPublishAt(
                brandId, from.atStartOfDay(zone).toInstant(), toExclusive.atStartOfDay(zone).toInstant()));
    }

    /** Items that have no publish time yet. */
    @Transactional(readOnly = true)
    public List<CalendarItem> unscheduled(String brandId) {
        requireMember(brandId);
        return view(brandId, brands.settings(brandId).timeZone(),
                items.findByBrandIdAndPublishAtIsNullOrderByCreatedAt(brandId));
    }

    /**
     * Items still to go out (in production or approved, not published) planned at or after {@code from}, in publish
     * order: since a freeze started, the posts it holds or will hold.
     */
    @Transactional(readOnly = true)
    public List<CalendarItem> notPublishedFrom(String brandId, Instant from) {
        requireMember(brandId);
        return view(brandId, brands.settings(brandId).timeZone(),
                items.findByBrandIdAndStateInAndPublishAtGreaterThanEqualOrderByPublishAt(brandId,
                        List.of(ContentItem.State.IN_PRODUCTION, ContentItem.State.APPROVED), from));
    }

    /** The pillar mix of what is planned from {@code from} up to (not including) {@code toExclusive}. */
    @Transactional(readOnly = true)
    public PillarBalance balance(String brandId, LocalDate from, LocalDate toExclusive) {
        requireMember(brandId);
        return balance.between(brandId, from, toExclusive);
    }

    private List<CalendarItem> view(String brandId, ZoneId zone, List<ContentItem> found) {
        Map<Long, String> pillarNames = pillars.of(brandId).stream()
                .collect(Collectors.toMap(PillarSummary::id, PillarSummary::name));
        Map<Long, ChannelSummary> channelsById = channels.of(brandId).stream()
                .collect(Collectors.toMap(ChannelSummary::id, Function.identity()));
        Instant now = clock.instant();
        return found.stream().map(item -> new CalendarItem(item.getId(), item.getBrandId(), item.getTitle(),
                item.getState().name(), item.getPublishAt() == null ? null : item.getPublishAt().atZone(zone),
                item.getPillarId() == null ? null : pillarNames.get(item.getPillarId()),
                item.getChannelIds().stream().map(channelsById::get).filter(Objects::nonNull)
                        .map(ChannelSummary::label).sorted().toList(),
                item.getState() == ContentItem.State.IN_PRODUCTION && item.getPublishAt() != null
                        && item.getPublishAt().isBefore(now),
                item.getState() == ContentItem.State.BACK_TO_PLANNING ? item.getReturnedReason() : null))
                .toList();
    }

    private void requireMember(String brandId) {
        if (!currentUser.require().belongsTo(brandId)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
    }
}
