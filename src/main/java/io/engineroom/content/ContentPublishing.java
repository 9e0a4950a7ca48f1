package io.engineroom.content;

import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.domain.ChannelVariant;
import io.engineroom.content.domain.ChannelVariantRepository;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishRefused;
import io.engineroom.publishing.PublishingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes an approved content item to each of its channels, once: the channel's own variant where one was
 * written, else the approved caption, with the item's images or video, and each targeted market's translation as a
 * post of its own. Whatever did not clearly post is listed for a person to verify; nothing is retried here
 * (see {@link PublishingService}).
 */
@Service
public class ContentPublishing {

    private final ContentItemRepository items;
    private final ChannelVariantRepository variants;
    private final ChannelService channels;
    private final PublishingService publishing;
    private final PublicationRecords records;
    private final CurrentUser currentUser;
    private final ContentAssets assets;
    private final ObjectProvider<RepostPermissionCheck> repostChecks;
    private final ContentMarkets markets;
    private final ContentSettings settings;

    ContentPublishing(ContentItemRepository items, ChannelVariantRepository variants, ChannelService channels,
            PublishingService publishing, PublicationRecords records, CurrentUser currentUser, ContentAssets assets,
            ObjectProvider<RepostPermissionCheck> repostChecks, ContentMarkets markets, ContentSettings settings) {
        this.settings = settings;
        this.repostChecks = repostChecks;
        this.markets = markets;
        this.items = items;
        this.variants = variants;
        this.channels = channels;
        this.publishing = publishing;
        this.records = records;
        this.currentUser = currentUser;
        this.assets = assets;
    }

    /** Where the item stands on each of its channels, for members of its brand (and administrators). */
    @Transactional(readOnly = true)
    public List<ChannelPublication> outcomes(long contentItemId) {
        EngineRoomUser user = currentUser.require();
        ContentItem item = items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("item", "No content item " + contentItemId));
        if (!user.belongsTo(item.getBrandId()) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Not a member of brand '" + item.getBrandId() + "'");
        }
        return records.of(item);
    }

    /** Not transactional on purpose: each channel's attempt is recorded on its own, before and after its call. */
    public PublicationReport publish(long contentItemId, String approvedCaption) {
        ContentItem item = items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId));
        Map<Long, String> written = variants.findByContentItemIdOrderByChannelId(contentItemId).stream()
                .collect(Collectors.toMap(ChannelVariant::getChannelId, ChannelVariant::getText));
        Optional<String> repostRefused = repostRefusal(item, approvedCaption, written);
        if (repostRefused.isPresent()) {
            return new PublicationReport(false, List.of("Not published: " + repostRefused.get()));
        }
        if (item.getChannelIds().isEmpty()) {
            return new PublicationReport(false, List.of("No channel is planned for this item"));
        }
        List<Media> media = assets.asMedia(contentItemId);
        List<String> lines = new ArrayList<>();
        boolean allPublished = true;
        for (Long channelId : item.getChannelIds().stream().sorted().toList()) {
            String label = channels.find(channelId).map(ChannelSummary::label).orElse("channel " + channelId);
            String text = written.getOrDefault(channelId, approvedCaption);
            ChannelResult result = publishTo(contentItemId, channelId, text, media);
            allPublished &= result.published();
            lines.add(label + ": " + result.description());
        }
        allPublished &= publishMarkets(item, media, lines);
        if (allPublished) {
            item.publish();
            items.save(item);
        }
        return new PublicationReport(allPublished, lines);
    }

    /**
     * Sends one channel's post again after a person found it not posted ("Verify publication"), by the first
     * publish's path and safeguards: the channel's variant (else the approved caption) with the item's media, the
     * repost permission check, the brand's freeze, the attempt log (recorded before and after the call), and the
     * same idempotency key, so a platform that honours it (Mastodon, for about an hour) answers with the post it
     * has rather than posting twice. Nothing is sent unless the channel's last record is a person's "not posted" and
     * {@link ContentSettings#resendLimit()} resends are not used up. The item is PUBLISHED once every channel is
     * out there. Not transactional, like {@link #publish}; never throws for the channel's trouble (it runs in a job).
     *
     * @return whether the channel is out there now, and a line saying what happened
     */
    public PublicationReport publishAgain(long contentItemId, long channelId, String approvedCaption) {
        ContentItem item = items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId));
        String label = records.label(channelId);
        if (!item.getChannelIds().contains(channelId)) {
            return new PublicationReport(false, List.of(label + ": not sent again, the item is not planned for it"));
        }
        if (!records.foundNotPosted(contentItemId, channelId)) {
            return new PublicationReport(false, List.of(label + ": not sent again, nobody found it not posted"));
        }
        int resends = records.resendsMade(contentItemId, channelId);
        if (resends >= settings.resendLimit()) {
            return new PublicationReport(false, List.of(label + ": not sent again, it was sent again " + resends
                    + " time(s) already (the limit): post it by hand or leave it"));
        }
        Map<Long, String> written = variants.findByContentItemIdOrderByChannelId(contentItemId).stream()
                .collect(Collectors.toMap(ChannelVariant::getChannelId, ChannelVariant::getText));
        Optional<String> repostRefused = repostRefusal(item, approvedCaption, written);
        if (repostRefused.isPresent()) {
            return new PublicationReport(false, List.of(label + ": not sent again: " + repostRefused.get()));
        }
        ChannelResult result = publishTo(contentItemId, channelId, written.getOrDefault(channelId, approvedCaption),
                assets.asMedia(contentItemId));
        if (result.published()) {
            publishedWhenEveryChannelIs(contentItemId);
        }
        return new PublicationReport(result.published(), List.of(label + " (sent again): " + result.description()));
    }

    /** As a person's finding does: the item is PUBLISHED once each of its channels is out there. */
    private void publishedWhenEveryChannelIs(long contentItemId) {
        ContentItem item = items.findById(contentItemId).orElseThrow();
        if (item.getState() != ContentItem.State.PUBLISHED && records.of(item).stream()
                .allMatch(channel -> channel.status() == ChannelPublication.Status.PUBLISHED)) {
            item.publish();
            items.save(item);
        }
    }

    /**
     * For a repost, why it may not go out: every text that would be posted (market translations included) is
     * checked against the author's permission as recorded now. No check available means no publishing, never
     * publishing unchecked.
     */
    private Optional<String> repostRefusal(ContentItem item, String approvedCaption, Map<Long, String> written) {
        Long permissionId = item.getUgcPermissionId();
        if (permissionId == null) {
            return Optional.empty();
        }
        List<RepostPermissionCheck> checks = repostChecks.orderedStream().toList();
        if (checks.isEmpty()) {
            return Optional.of("it reposts someone's post and no permission check is available");
        }
        List<String> texts = new ArrayList<>();
        for (Long channelId : item.getChannelIds().stream().sorted().toList()) {
            texts.add(written.getOrDefault(channelId, approvedCaption));
        }
        if (texts.isEmpty()) {
            texts.add(approvedCaption);
        }
        texts.addAll(markets.toPublish(item.getId()).values()); // a translated repost credits its author too
        for (String text : texts) {
            for (RepostPermissionCheck check : checks) {
                Optional<String> refused = check.refusal(permissionId, item.getBrandId(), text == null ? "" : text);
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Each targeted market's translation, as a post of its own on each of the item's channels (an item without
     * markets posts nothing more). A market counts as published once every channel certainly has it.
     */
    private boolean publishMarkets(ContentItem item, List<Media> media, List<String> lines) {
        boolean allPublished = true;
        Map<String, String> translations = markets.toPublish(item.getId());
        for (String market : item.getMarketCodes().stream().sorted().toList()) {
            String text = translations.get(market);
            if (text == null) {
                // published already on an earlier run, or (should the SOP have been bypassed) never translated
                allPublished &= markets.publishedOnRecord(item.getId(), market);
                continue;
            }
            boolean marketOut = true;
            for (Long channelId : item.getChannelIds().stream().sorted().toList()) {
                String label = channels.find(channelId).map(ChannelSummary::label).orElse("channel " + channelId);
                ChannelResult result = publishTo(text, () -> publishing.publishForMarket(item.getId(), channelId,
                        market, text, media));
                marketOut &= result.published();
                lines.add(label + " [" + market + "]: " + result.description());
            }
            if (marketOut) {
                markets.markPublished(item.getId(), market);
            }
            allPublished &= marketOut;
        }
        return allPublished;
    }

    /** One channel's result: whether it certainly posted, and what to tell a person. */
    private record ChannelResult(boolean published, String description) {
    }

    private ChannelResult publishTo(long contentItemId, long channelId, String text, List<Media> media) {
        return publishTo(text, () -> publishing.publish(contentItemId, channelId, text, media));
    }

    private ChannelResult publishTo(String text, java.util.function.Supplier<PublishOutcome> send) {
        if (text == null || text.isBlank()) {
            return new ChannelResult(false, "nothing to post (no variant and no caption)");
        }
        try {
            PublishOutcome outcome = send.get();
            if (outcome instanceof PublishOutcome.Published published) {
                return new ChannelResult(true, "published"
                        + (published.postUrl() == null ? "" : " " + published.postUrl()));
            }
            if (outcome instanceof PublishOutcome.Failed failed) {
                return new ChannelResult(false, "FAILED, not posted: " + failed.reason());
            }
            if (outcome instanceof PublishOutcome.Unknown unknown) {
                return new ChannelResult(false, "OUTCOME UNKNOWN, check the channel: " + unknown.reason());
            }
            return new ChannelResult(false, "post by hand: " + ((PublishOutcome.NeedsPerson) outcome).instruction());
        } catch (PublishRefused refused) {
            return new ChannelResult(false, "held: " + refused.getMessage());
        }
    }
}
