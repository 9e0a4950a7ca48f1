package io.engineroom.publishing;

/**
 * What a connector found when it looked on the channel for a post whose publish call ended without a clear answer
 * (the automatic check before "Verify publication" asks a person).
 */
public sealed interface Verification {

    /** The post is there: it was published after all. */
    record Found(String postUrl, String remoteId) implements Verification {
    }

    /**
     * Not among what the connector read (say which posts it read). Not proof that it will never appear (a platform
     * may still be processing it), so a person still decides; the finding goes with the task.
     */
    record NotFound(String checked) implements Verification {
    }

    /** The channel could not be read, or this connector cannot look: a person checks. */
    record CannotTell(String reason) implements Verification {
    }
}
