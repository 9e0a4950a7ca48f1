package io.engineroom.inbox;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.Map;

/**
 * An interaction's response time ran out (the first response, or support's after a hand-off): published in the
 * step that records the breach, so its webhook calls and chat messages exist exactly when the breach does.
 *
 * @param queue the group it waits with: the first-response queue, or {@code support}
 */
public record SlaBreached(String brandId, String interactionId, String queue, Instant dueAt, Instant occurredAt)
        implements TeamEvent {

    @Override
    public TeamEventType type() {
        return TeamEventType.SLA_BREACHED;
    }

    @Override
    public String summary() {
        return "SLA breached: interaction " + interactionId + " waits unanswered with " + queue;
    }

    @Override
    public String link() {
        return "/inbox";
    }

    @Override
    public Map<String, Object> data() {
        return Map.of("interactionId", interactionId, "queue", queue, "dueAt", dueAt.toString());
    }
}
