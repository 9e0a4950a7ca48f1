package io.engineroom.publishing;

import io.engineroom.brand.Connector;

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
}
