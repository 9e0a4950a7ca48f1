package io.engineroom.audit;

import java.time.Instant;

/** One SOP instance as the history search lists it; {@code ended} and {@code endEventName} null while running. */
public record InstanceSummary(String id, String sopKey, String sopName, int sopVersion, String brandId,
        String businessKey, Instant started, Instant ended, String startedBy, Outcome outcome, String endEventName) {

    /** "Completed (Published)", "Running", "Cancelled". */
    public String outcomeText() {
        return outcome == Outcome.COMPLETED && endEventName != null ? outcome.label() + " (" + endEventName + ")"
                : outcome.label();
    }
}
