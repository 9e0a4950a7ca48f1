package io.engineroom.inbox;

/** What came of a moderation on the platform, as the interaction's record keeps it. */
public enum ModerationState {
    /** Done on the platform by Engine Room. */
    APPLIED,
    /** The platform has no API for it: a person does it on the platform ("Moderate by hand"). */
    BY_HAND,
    /** The platform refused or did not answer: a person looks at it ("Moderate by hand"). */
    FAILED;

    /** Whether a person must still act on the platform. */
    public boolean needsPerson() {
        return this != APPLIED;
    }
}
