package io.engineroom.content;

import java.time.Instant;

/**
 * Where a content item stands on one of its channels, from the publishing record: the connector's answer, or
 * what a person found and pasted afterwards.
 *
 * @param postUrl the post's link, when it is out there and the link is known
 * @param reason why it is not (certainly) out there, or what a person must do; null when published
 * @param at when the status was last settled (answer received, or a person's finding); null when nothing happened
 * @param resolvedBy the person whose finding it is; null when the channel itself answered
 */
public record ChannelPublication(long channelId, String channelLabel, Status status, String postUrl, String reason,
        Instant at, String resolvedBy) {

    public enum Status {
        /** Out there: the channel confirmed it, or a person found it and pasted the link. */
        PUBLISHED,
        /** Certainly not out there: refused by the channel, or a person found it missing. */
        FAILED,
        /** Sent, but nobody knows yet whether it arrived: a person must look before anything is sent again. */
        UNKNOWN,
        /** A channel without an API: waiting for a person to post it and paste the link. */
        BY_HAND,
        /** Nothing sent yet: not its time, held by a freeze, or nothing to post. */
        NOT_YET
    }
}
