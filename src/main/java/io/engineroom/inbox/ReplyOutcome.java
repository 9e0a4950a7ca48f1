package io.engineroom.inbox;

/** What became of a reply sent through an interaction's channel. */
public enum ReplyOutcome {
    /** The channel took it. */
    SENT,
    /** Certainly not sent (refused, or no connection): a person may try again. */
    FAILED,
    /** Maybe sent (no clear answer, or a try interrupted mid-call): a person must look before replying again. */
    UNKNOWN,
    /** The channel has no API: a person posts it. */
    BY_HAND
}
