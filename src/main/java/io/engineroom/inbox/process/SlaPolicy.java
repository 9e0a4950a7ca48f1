package io.engineroom.inbox.process;

import java.time.Duration;
import java.util.Map;

/**
 * One row of interaction-routing.dmn, the SLA policy the "Apply SLA policy" step chose: read once, by its
 * columns' names, instead of casting the map where each value is used.
 */
record SlaPolicy(Duration firstResponseTarget, String queue, boolean businessHoursOnly, String supportTarget) {

    static SlaPolicy of(Map<String, Object> row) {
        if (row == null) {
            throw new IllegalStateException("No SLA policy: interaction-routing.dmn matched no rule");
        }
        Object target = row.get("firstResponseTarget");
        Object supportTarget = row.get("supportTarget");
        return new SlaPolicy(Duration.parse(target.toString()), (String) row.get("queue"),
                Boolean.TRUE.equals(row.get("businessHoursOnly")),
                supportTarget == null ? null : supportTarget.toString());
    }
}
