package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Market;
import io.engineroom.brand.MarketService;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.content.domain.MarketVariant;
import io.engineroom.content.domain.MarketVariantRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The markets a content item targets and its text per market. A social media manager (or admin) of the brand
 * chooses the markets while the item is in production; a translator of the brand writes each market's text in the
 * SOP's "Translate" task, held to the same platform limits as the item's own texts ({@link ChannelSummary#platform});
 * a local reviewer approves it where market-review.dmn asks. The SOP's steps read the markets and the market's
 * record from here, never from process variables.
 */
@Service
public class ContentMarkets {

    private final ContentItemRepository items;
    private final MarketVariantRepository variants;
    private final MarketService markets;
    private final ChannelService channels;
    private final ItemAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContentMarkets(ContentItemRepository items, MarketVariantRepository variants, MarketService markets,
            ChannelService channels, ItemAccess access, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.variants = variants;
        this.markets = markets;
        this.channels = channels;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sets the markets the item targets. Only a social media manager or admin of the brand, while it is in
     * production; each code must be one of the brand's markets.
     *
     * @throws InvalidInput on field "markets" naming the codes the brand does not have (nothing is changed)
     */
    @Transactional
    public void target(long contentItemId, Set<String> marketCodes) {
        ContentItem item = access.writable(contentItemId);
        EngineRoomUser user = currentUser.require();
        if (!user.hasRole(Role.SOCIAL_MANAGER) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only a social media manager chooses an item's markets");
        }
        Set<String> unknown = new TreeSet<>();
        for (String code : marketCodes) {
            if (markets.market(item.getBrandId(), code).isEmpty()) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput("markets", "Not a market of " + item.getBrandId() + ": "
                    + String.join(", ", unknown));
        }
        item.target(marketCodes);
    }

    /** The ids of the brand's items that target a market, for members of the brand (the calendar's filter). */
    @Transactional(readOnly = true)
    public Set<Long> itemsTargeting(String brandId, String marketCode) {
        access.requireMember(brandId);
        return Set.copyOf(items.idsTargeting(brandId, marketCode));
    }

    /** The brand's markets, for members of the brand choosing or filtering by them. */
    @Transactional(readOnly = true)
    public List<Market> marketsOf(String brandId) {
        return markets.of(brandId);
    }

    /**
     * Per market of the brand (and any code an item still targets), the items planned for {@code [from, to)} that
     * target it, translated and published in it: the market split of reports and the dashboard. Members only.
     */
    @Transactional(readOnly = true)
    public List<MarketFigures> figures(String brandId, Instant from, Instant to) {
        access.requireMember(brandId);
        Map<String, long[]> counts = new java.util.TreeMap<>();
        for (ContentItem item : items.findByBrandIdAndPublishAtGreaterThanEqualAndPublishAtLessThanOrderByPublishAt(
                brandId, from, to)) {
            Map<String, MarketVariant> written = variants.findByContentItemIdOrderByMarketCode(item.getId()).stream()
                    .collect(Collectors.toMap(MarketVariant::getMarketCode, Function.identity()));
            for (String code : item.getMarketCodes()) {
                long[] count = counts.computeIfAbsent(code, unused -> new long[3]);
                count[0]++;
                MarketVariant variant = written.get(code);
                if (variant != null) {
                    count[1]++;
                    count[2] += variant.isPublished() ? 1 : 0;
                }
            }
        }
        return counts.entrySet().stream().map(entry -> new MarketFigures(brandId, entry.getKey(),
                entry.getValue()[0], entry.getValue()[1], entry.getValue()[2])).toList();
    }

    /** The market codes the item targets, sorted, for members of its brand. */
    @Transactional(readOnly = true)
    public List<String> targeted(long contentItemId) {
        return sorted(access.readable(contentItemId));
    }

    /** Each targeted market's text as it stands, for members of the brand. */
    @Transactional(readOnly = true)
    public List<MarketVariantView> variants(long contentItemId) {
        ContentItem item = access.readable(contentItemId);
        Map<String, MarketVariant> written = variants.findByContentItemIdOrderByMarketCode(contentItemId).stream()
                .collect(Collectors.toMap(MarketVariant::getMarketCode, Function.identity()));
        List<MarketVariantView> views = new ArrayList<>();
        for (String code : sorted(item)) {
            MarketVariant variant = written.get(code);
            views.add(variant == null ? new MarketVariantView(code, null, null, null, false, List.of())
                    : new MarketVariantView(code, variant.getText(), variant.getTranslatedBy(),
                            variant.getReviewedBy(), variant.isPublished(), problems(item, variant.getText())));
        }
        return views;
    }

    /** How a translation would fare on the item's channels, without saving it: for live counters while typing. */
    @Transactional(readOnly = true)
    public List<String> preview(long contentItemId, String text) {
        return problems(access.readable(contentItemId), text == null ? "" : text);
    }

    /**
     * Saves the signed-in translator's text for one market of the item (the SOP's "Translate" task). Refused for
     * anyone but a translator of the item's brand, for a market the item does not target, and for a text that breaks
     * a limit of one of the item's channels (nothing saved).
     *
     * @throws InvalidInput on field "translation" with each channel's problem
     */
    @Transactional
    public void translate(long contentItemId, String marketCode, String text) {
        EngineRoomUser user = currentUser.require();
        ContentItem item = find(contentItemId);
        if (!user.hasRole(Role.TRANSLATOR) || !user.belongsTo(item.getBrandId())) {
            throw new AccessDeniedException("Only a translator of brand '" + item.getBrandId() + "' translates it");
        }
        requireTargeted(item, marketCode);
        if (item.getState() != ContentItem.State.IN_PRODUCTION) {
            throw new InvalidInput("translation", "'" + item.getTitle() + "' is no longer in production");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInput("translation", "Write the " + marketCode + " text");
        }
        List<String> problems = problems(item, text);
        if (!problems.isEmpty()) {
            throw new InvalidInput("translation", String.join("; ", problems));
        }
        MarketVariant variant = variants.findByContentItemIdAndMarketCode(contentItemId, marketCode)
                .orElseGet(() -> new MarketVariant(contentItemId, marketCode));
        variant.translate(text.strip(), user.id(), clock.instant());
        variants.save(variant);
    }

    /**
     * Records a local review's approval of the market's current text. The reviewer must be another person than the
     * translator and, where the market names its reviewers, one of them.
     */
    @Transactional
    public void approveLocally(long contentItemId, String marketCode, String reviewerId) {
        requireLocalReviewer(contentItemId, marketCode, reviewerId);
        variant(contentItemId, marketCode).reviewed(reviewerId, clock.instant());
    }

    /**
     * Refuses a person as the market's local reviewer: its translator (four eyes), or someone the market does not
     * name when it names its reviewers.
     */
    @Transactional(readOnly = true)
    public void requireLocalReviewer(long contentItemId, String marketCode, String reviewerId) {
        ContentItem item = find(contentItemId);
        Market market = requireTargeted(item, marketCode);
        if (reviewerId == null) {
            return;
        }
        variants.findByContentItemIdAndMarketCode(contentItemId, marketCode).ifPresent(variant -> {
            if (reviewerId.equals(variant.getTranslatedBy())) {
                throw new AccessDeniedException(reviewerId + " translated this text; someone else must review it");
            }
        });
        if (!market.reviewers().isEmpty() && !market.reviewers().contains(reviewerId)) {
            throw new AccessDeniedException(reviewerId + " is not a local reviewer of market " + marketCode);
        }
    }

    /** The market's record for an item that targets it (SOP steps read this at the decision point). */
    @Transactional(readOnly = true)
    public Market marketOf(long contentItemId, String marketCode) {
        return requireTargeted(find(contentItemId), marketCode);
    }

    /** The targeted markets of an item, as on record, for the SOP's market step (no signed-in person needed). */
    @Transactional(readOnly = true)
    public List<String> marketsOnRecord(long contentItemId) {
        return sorted(find(contentItemId));
    }

    /**
     * The market's localization SOP finished: its current text (translated and, where asked, reviewed) may go out.
     * A later translation takes this back.
     */
    @Transactional
    public void localized(long contentItemId, String marketCode) {
        requireTargeted(find(contentItemId), marketCode);
        variant(contentItemId, marketCode).localized(clock.instant());
    }

    /** The translations ready to go out with the item, by market code: localized, not yet published. */
    @Transactional(readOnly = true)
    Map<String, String> toPublish(long contentItemId) {
        ContentItem item = find(contentItemId);
        Set<String> targeted = item.getMarketCodes();
        return variants.findByContentItemIdOrderByMarketCode(contentItemId).stream()
                .filter(variant -> targeted.contains(variant.getMarketCode()) && !variant.isPublished()
                        && variant.getLocalizedAt() != null)
                .collect(Collectors.toMap(MarketVariant::getMarketCode, MarketVariant::getText, (a, b) -> a,
                        java.util.TreeMap::new));
    }

    /** Whether the market's translation of the item went out on every channel, as on record. */
    @Transactional(readOnly = true)
    boolean publishedOnRecord(long contentItemId, String marketCode) {
        return variants.findByContentItemIdAndMarketCode(contentItemId, marketCode)
                .map(MarketVariant::isPublished).orElse(false);
    }

    @Transactional
    void markPublished(long contentItemId, String marketCode) {
        variant(contentItemId, marketCode).published();
    }

    private MarketVariant variant(long contentItemId, String marketCode) {
        return variants.findByContentItemIdAndMarketCode(contentItemId, marketCode).orElseThrow(
                () -> new NotFound("translation", "No " + marketCode + " text of content item " + contentItemId));
    }

    private Market requireTargeted(ContentItem item, String marketCode) {
        if (!item.getMarketCodes().contains(marketCode)) {
            throw new InvalidInput("market", "'" + item.getTitle() + "' does not target market " + marketCode);
        }
        return markets.market(item.getBrandId(), marketCode).orElseThrow(
                () -> new NotFound("market", "Brand " + item.getBrandId() + " has no market " + marketCode));
    }

    private List<String> problems(ContentItem item, String text) {
        List<String> problems = new ArrayList<>();
        item.getChannelIds().stream().map(channels::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(ChannelSummary::id))
                .forEach(channel -> channel.platform().problems(text).forEach(problem -> problems.add(
                        channel.platform().displayName() + " " + channel.handle() + ": " + problem)));
        return problems;
    }

    private static List<String> sorted(ContentItem item) {
        return item.getMarketCodes().stream().sorted().toList();
    }

    private ContentItem find(long contentItemId) {
        return items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId));
    }
}
