package io.engineroom.workflow;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.Map;

/**
 * An SOP change was approved, rejected or activated at once, for integrations: published next to
 * {@link SopChangeDecided} in the transaction that decides it (that event tells people; this one tells other tools).
 *
 * @param brandId the brand whose own SOP changed, or null for the shared SOPs of all brands
 */
public record SopChanged(long changeId, String brandId, SopChangeStatus status, String changeSummary,
        String decidedBy, Instant occurredAt) implements TeamEvent {

    @Override
    public TeamEventType type() {
        return TeamEventType.SOP_CHANGED;
    }

    @Override
    public String summary() {
        String what = switch (status) {
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            default -> "activated at once";
        };
        return "SOP change " + what + " by " + decidedBy + ": " + changeSummary;
    }

    @Override
    public String link() {
        return "/sops";
    }

    @Override
    public Map<String, Object> data() {
        return Map.of("changeId", changeId, "status", status.name(), "summary", changeSummary, "decidedBy",
                decidedBy);
    }
}
