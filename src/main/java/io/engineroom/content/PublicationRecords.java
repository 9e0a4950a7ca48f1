package io.engineroom.content;

import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicationAttemptSummary;
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

    String label(long channelId) {
        return channels.find(channelId).map(ChannelSummary::label).orElse("channel " + channelId);
    }
}
