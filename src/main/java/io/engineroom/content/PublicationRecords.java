package io.engineroom.content;

import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicationAttemptSummary;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A content item's standing per channel, read from the publishing attempt log: each channel's last attempt is
 * what counts (an earlier failure followed by a post is a post).
 */
@Component
class PublicationRecords {

    private final ChannelService channels;
    private final PublishingService publishing;

    PublicationRecords(ChannelService channels, PublishingService publishing) {
        this.channels = channels;
        this.publishing = publishing;
    }

    List<ChannelPublication> of(ContentItem item) {
        return item.getChannelIds().stream().sorted().map(channelId -> of(item.getId(), channelId)).toList();
    }

    ChannelPublication of(long contentItemId, long channelId) {
        String label = label(channelId);
        List<PublicationAttemptSummary> attempts = publishing.attempts(Post.keyFor(contentItemId, channelId));
        if (attempts.isEmpty()) {
            return new ChannelPublication(channelId, label, ChannelPublication.Status.NOT_YET, null, null, null, null);
        }
        PublicationAttemptSummary last = attempts.get(attempts.size() - 1);
        if ("POSTED".equals(last.resolution())) {
            return new ChannelPublication(channelId, label, ChannelPublication.Status.PUBLISHED, last.postUrl(), null,
                    last.resolvedAt(), last.resolvedBy());
        }
        if ("NOT_POSTED".equals(last.resolution())) {
            String why = last.resolutionNote() != null ? last.resolutionNote()
                    : last.reason() != null ? last.reason() : "Not posted";
            return new ChannelPublication(channelId, label, ChannelPublication.Status.FAILED, null,
                    "Not posted: " + why, last.resolvedAt(), last.resolvedBy());
        }
        if (last.outcome() == null) {
            return new ChannelPublication(channelId, label, ChannelPublication.Status.UNKNOWN, null,
                    "Sent at " + last.startedAt() + ", outcome not recorded", last.startedAt(), null);
        }
        ChannelPublication.Status status = switch (last.outcome()) {
            case PUBLISHED -> ChannelPublication.Status.PUBLISHED;
            case FAILED -> ChannelPublication.Status.FAILED;
            case UNKNOWN -> ChannelPublication.Status.UNKNOWN;
            case NEEDS_PERSON -> ChannelPublication.Status.BY_HAND;
        };
        return new ChannelPublication(channelId, label, status, last.postUrl(),
                status == ChannelPublication.Status.PUBLISHED ? null : last.reason(), last.finishedAt(), null);
    }

    /**
     * How often Engine Room has sent the channel's post again: calls to the channel after its first record (a
     * person's finding on a post Engine Room never sent is a record, not a call). The bound on resends counts these,
     * read from the attempt log rather than from a process variable a task completer could rewrite.
     */
    int resendsMade(long contentItemId, long channelId) {
        return (int) publishing.attempts(Post.keyFor(contentItemId, channelId)).stream()
                .filter(attempt -> attempt.attemptNo() > 1 && attempt.outcome() != PublishOutcome.Status.NEEDS_PERSON)
                .count();
    }

    /** Whether a person's last word on the channel is "not posted": only then may it be sent again. */
    boolean foundNotPosted(long contentItemId, long channelId) {
        List<PublicationAttemptSummary> attempts = publishing.attempts(Post.keyFor(contentItemId, channelId));
        return !attempts.isEmpty() && "NOT_POSTED".equals(attempts.get(attempts.size() - 1).resolution());
    }

    String label(long channelId) {
        return channels.find(channelId).map(ChannelSummary::label).orElse("channel " + channelId);
    }
}
