package io.engineroom.content;

import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.content.domain.ChannelVariant;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.content.domain.ChannelVariantRepository;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicationAttemptSummary;
import io.engineroom.publishing.PublishingService;
import io.engineroom.publishing.Resolution;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a content item after its publish call, for the SOP's tasks (the system, not views): which
 * channels a person must post by hand or check, what to show them, and recording what they found. An item is
 * PUBLISHED once every one of its channels is out there.
 */
@Service
public class PublicationFollowUp {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm:ss (VV)",
            Locale.ENGLISH);

    private final ContentItemRepository items;
    private final ChannelVariantRepository variants;
    private final PublicationRecords records;
    private final PublishingService publishing;
    private final BrandService brands;
    private final ContentSettings settings;

    PublicationFollowUp(ContentItemRepository items, ChannelVariantRepository variants, PublicationRecords records,
            PublishingService publishing, BrandService brands, ContentSettings settings) {
        this.settings = settings;
        this.items = items;
        this.variants = variants;
        this.records = records;
        this.publishing = publishing;
        this.brands = brands;
    }

    /** The channels a person must see to: by hand (no API), and to verify (failed, unknown, or held). */
    public record FollowUps(List<Long> byHand, List<Long> toVerify) {
    }

    /**
     * What a person is shown for one channel: its name, the text for it, what was sent and came back, and whether
     * Engine Room may send it again should they find it not posted.
     */
    public record ChannelTask(String channelLabel, String postText, String attemptSummary, String resendNote) {
    }

    @Transactional(readOnly = true)
    public FollowUps followUps(long contentItemId) {
        List<ChannelPublication> standing = records.of(item(contentItemId));
        return new FollowUps(channelsIn(standing, List.of(ChannelPublication.Status.BY_HAND)),
                channelsIn(standing, List.of(ChannelPublication.Status.FAILED, ChannelPublication.Status.UNKNOWN,
                        ChannelPublication.Status.NOT_YET)));
    }

    /** @param approvedCaption the caption a channel without its own variant gets (the SOP's {@code caption}) */
    @Transactional(readOnly = true)
    public ChannelTask describe(long contentItemId, long channelId, String approvedCaption) {
        ContentItem item = item(contentItemId);
        String text = variants.findByContentItemIdOrderByChannelId(contentItemId).stream()
                .filter(variant -> variant.getChannelId() == channelId).map(ChannelVariant::getText)
                .findFirst().orElse(approvedCaption);
        List<PublicationAttemptSummary> attempts = publishing.attempts(Post.keyFor(contentItemId, channelId));
        ZoneId zone = brands.settings(item.getBrandId()).timeZone();
        String summary = attempts.isEmpty()
                ? "Engine Room sent nothing to this channel: publishing was held (a freeze), or there was no text."
                : attempts.stream().map(attempt -> line(attempt, zone)).collect(Collectors.joining("\n"));
        return new ChannelTask(records.label(channelId), text == null ? "" : text, summary,
                resendNote(contentItemId, channelId));
    }

    /** How many more times a person may have Engine Room send the channel's post again ({@code resendLimit}). */
    @Transactional(readOnly = true)
    public int resendsLeft(long contentItemId, long channelId) {
        return Math.max(0, settings.resendLimit() - records.resendsMade(contentItemId, channelId));
    }

    private String resendNote(long contentItemId, long channelId) {
        int left = resendsLeft(contentItemId, channelId);
        return left > 0 ? "If it is not posted, Engine Room can publish it again (" + left + " more time"
                + (left == 1 ? "" : "s") + "), with the same idempotency key as before"
                : "Engine Room has published it again " + records.resendsMade(contentItemId, channelId) + " time(s)"
                        + " already, the most it may: if it is not posted, post it by hand and say so with the link,"
                        + " or leave it not posted";
    }

    /**
     * Records what a person found on one channel, and marks the item PUBLISHED when that was its last channel
     * still missing. Nothing is written when the finding is refused.
     *
     * @throws io.engineroom.base.InvalidInput when "posted" comes without a valid link
     * @throws IllegalStateException when the channel needs no finding (it is out there already)
     */
    @Transactional
    public ChannelPublication recordFinding(long contentItemId, long channelId, Resolution finding, String userId) {
        ContentItem item = item(contentItemId);
        if (!item.getChannelIds().contains(channelId)) {
            throw new IllegalStateException("Content item " + contentItemId + " is not planned for channel "
                    + channelId);
        }
        publishing.resolve(contentItemId, channelId, finding, userId);
        List<ChannelPublication> standing = records.of(item);
        if (standing.stream().allMatch(channel -> channel.status() == ChannelPublication.Status.PUBLISHED)
                && item.getState() != ContentItem.State.PUBLISHED) {
            item.publish();
            items.save(item);
        }
        return standing.stream().filter(channel -> channel.channelId() == channelId).findFirst().orElseThrow();
    }

    private ContentItem item(long contentItemId) {
        return items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId));
    }

    private static List<Long> channelsIn(List<ChannelPublication> standing, List<ChannelPublication.Status> states) {
        return new ArrayList<>(standing.stream().filter(channel -> states.contains(channel.status()))
                .map(ChannelPublication::channelId).toList());
    }

    private static String line(PublicationAttemptSummary attempt, ZoneId zone) {
        String outcome = attempt.outcome() == null ? "no outcome recorded (the call may or may not have posted)"
                : switch (attempt.outcome()) {
                    case PUBLISHED -> "posted" + (attempt.postUrl() == null ? "" : " " + attempt.postUrl());
                    case FAILED -> "failed, not posted: " + attempt.reason();
                    case UNKNOWN -> "outcome unknown: " + attempt.reason();
                    case NEEDS_PERSON -> "waiting for a person: " + attempt.reason();
                };
        String finding = attempt.resolution() == null ? ""
                : "; " + attempt.resolvedBy() + " found it " + ("POSTED".equals(attempt.resolution())
                        ? "posted " + attempt.postUrl() : "not posted") + " at " + format(attempt.resolvedAt(), zone);
        return "Attempt " + attempt.attemptNo() + " at " + format(attempt.startedAt(), zone) + ": "
                + attempt.requestSummary() + " → " + outcome + finding;
    }

    private static String format(Instant at, ZoneId zone) {
        return at == null ? "?" : WHEN.format(at.atZone(zone));
    }
}
