package io.engineroom.publishing;

import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import java.util.Optional;

/**
 * Posts to one kind of channel. An implementation sends each post at most once per call and never retries on
 * its own: only the caller, knowing the recorded history of the idempotency key, may decide to try again.
 */
public interface PublishingConnector {

    Connector type();

    /** What {@link #publish} will send, in words, recorded before the call so it survives a crash mid-call. */
    String describe(Post post);

    /** Sends the post once. Never throws for remote trouble: that is what {@link PublishOutcome} says. */
    PublishOutcome publish(Post post);

    /** What {@link #reply} will send, in words, recorded before the call. */
    default String describe(Reply reply) {
        return "by hand on " + reply.channel().platform().displayName() + " " + reply.channel().handle()
                + ", in reply to " + reply.inReplyToExternalId() + ": " + reply.text().length() + " characters";
    }

    /**
     * Sends a reply to an interaction once. A channel without a reply API leaves it to a person. Never throws for
     * remote trouble.
     */
    default PublishOutcome reply(Reply reply) {
        return new PublishOutcome.NeedsPerson("Reply by hand on " + reply.channel().platform().displayName() + " "
                + reply.channel().handle());
    }

    /** Whether {@link #engagement} can report anything at all for this kind of channel. */
    default boolean reportsEngagement() {
        return false;
    }

    /**
     * The engagement of one earlier post, read once (a GET, but still no retries: the caller decides when to look
     * again). Empty when the channel has no API for it or the call failed; never throws for remote trouble.
     */
    default Optional<EngagementCounts> engagement(ChannelConnection channel, String remoteId) {
        return Optional.empty();
    }

    /** The account's follower count now, for the daily follower change; empty where the channel cannot say. */
    default Optional<Long> followers(ChannelConnection channel) {
        return Optional.empty();
    }
}
