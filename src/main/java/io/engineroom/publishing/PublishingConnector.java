package io.engineroom.publishing;

import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import java.time.Instant;
import java.util.List;
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

    /**
     * Looks on the channel for a post whose publish call ended without a clear answer: reads the account's recent
     * posts for one with the post's text made since {@code sentAfter} (a read, never a second post). Each
     * connector's javadoc says what an unknown outcome is on its platform and how this looks.
     */
    default Verification findPost(Post post, Instant sentAfter) {
        return new Verification.CannotTell("Engine Room cannot read " + post.channel().platform().displayName()
                + " " + post.channel().handle() + ": a person checks");
    }

    /**
     * Moderates one interaction (or its author) on the platform, once. Where the platform has no API for it, says
     * what a person should do by hand. Never throws for remote trouble.
     *
     * @param externalId the platform's id of the interaction
     * @param authorHandle its author, for block and mute
     */
    default ModerationOutcome moderate(ChannelConnection channel, String externalId, String authorHandle,
            ModerationAction action) {
        return new ModerationOutcome.ByHand(action.name().charAt(0) + action.name().substring(1).toLowerCase()
                + " it by hand on " + channel.platform().displayName() + " " + channel.handle());
    }

    /** The streams this connector reads for the inbox by polling (e.g. {@code notifications}, {@code mentions}). */
    default List<String> listeningStreams() {
        return List.of();
    }

    /**
     * Reads one page of a stream, from the cursor the previous page ended at (null: the first read, which starts
     * from now or the newest page, never the account's whole history). A GET, made once; throws
     * {@link AccountProblem} when the platform refused the token, returns {@link InboundPage#nothingNew()} for other
     * trouble (logged), so the cursor stays.
     */
    default InboundPage listen(ChannelConnection channel, String stream, String cursor) {
        return InboundPage.nothingNew();
    }
}
