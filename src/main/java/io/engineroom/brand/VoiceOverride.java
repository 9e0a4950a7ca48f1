package io.engineroom.brand;

import java.time.Instant;

/** One text submitted although the voice check flagged it: who, when, for what, what was flagged and why. */
public record VoiceOverride(String brandId, String writing, String recordRef, String taskId, String flagged,
        String reason, String actor, Instant at) {
}
