package io.engineroom.inbox;

/** Where an interaction stands in its SOP. */
public enum InteractionState {
    /** Waiting for a first response. */
    OPEN,
    /** Replied to through its channel. */
    ANSWERED,
    /** Hidden, deleted or marked as spam. */
    MODERATED,
    /** With customer support, under support's own SLA. */
    HANDED_OFF,
    /** Raised as (part of) a crisis. */
    CRISIS,
    /** Needs no response (closed by a person). */
    CLOSED
}
