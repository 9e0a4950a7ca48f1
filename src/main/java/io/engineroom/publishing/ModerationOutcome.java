package io.engineroom.publishing;

/** What came of one moderation on a platform. */
public sealed interface ModerationOutcome {

    /** Done on the platform. */
    record Applied(String detail) implements ModerationOutcome {
    }

    /** The platform has no API for it: a person does it by hand, following the instruction (with a link). */
    record ByHand(String instruction) implements ModerationOutcome {
    }

    /** The platform refused or did not answer: a person looks at it (nothing is tried again blindly). */
    record Failed(String reason) implements ModerationOutcome {
    }
}
