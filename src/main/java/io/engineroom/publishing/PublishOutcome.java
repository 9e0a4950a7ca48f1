package io.engineroom.publishing;

/**
 * What one publish call ended with. The split that matters is between {@link Failed} (certainly not posted, so it
 * may be tried again) and {@link Unknown} (it may be out there, so trying again may post it twice).
 */
public sealed interface PublishOutcome {

    Status status();

    enum Status { PUBLISHED, FAILED, UNKNOWN, NEEDS_PERSON }

    /** Posted. The URL and remote id are null only when the receiver did not say them. */
    record Published(String postUrl, String remoteId) implements PublishOutcome {
        public Status status() {
            return Status.PUBLISHED;
        }
    }

    /**
     * Certainly not posted: refused before or when it arrived (a 4xx answer, no connection at all).
     *
     * @param tokenRefused the platform refused the channel's token (401): a person must connect it again
     */
    record Failed(String reason, boolean tokenRefused) implements PublishOutcome {

        public Failed(String reason) {
            this(reason, false);
        }

        public Status status() {
            return Status.FAILED;
        }
    }

    /** Sent, but no clear answer (timeout, dropped connection, 5xx): a person must check the channel. */
    record Unknown(String reason) implements PublishOutcome {
        public Status status() {
            return Status.UNKNOWN;
        }
    }

    /** A channel without an API: a person posts it and pastes the link. */
    record NeedsPerson(String instruction) implements PublishOutcome {
        public Status status() {
            return Status.NEEDS_PERSON;
        }
    }
}
