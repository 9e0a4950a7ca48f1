package io.engineroom.crisis;

import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something happened to an incident that integrations hear of: raised, its severity assessed or changed, resolved.
 * Published in the transaction that records it on the incident. One record for the three, made only by the
 * factories below, so each carries exactly the fields its type documents.
 */
public record IncidentEvent(TeamEventType type, String brandId, long incidentId, Instant occurredAt, String summary,
        Map<String, Object> data) implements TeamEvent {

    static IncidentEvent raised(String brandId, long incidentId, String title, Instant at) {
        return new IncidentEvent(TeamEventType.INCIDENT_RAISED, brandId, incidentId, at, "Incident raised: " + title,
                Map.of("incidentId", incidentId, "title", title));
    }

    /** @param previous the severity before, null at the first assessment (then the field is absent) */
    static IncidentEvent severityChanged(String brandId, long incidentId, String title, int severity,
            Integer previous, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("incidentId", incidentId);
        data.put("severity", severity);
        if (previous != null) {
            data.put("previousSeverity", previous);
        }
        return new IncidentEvent(TeamEventType.INCIDENT_SEVERITY_CHANGED, brandId, incidentId, at,
                "Incident severity " + severity + (previous == null ? "" : " (was " + previous + ")") + ": " + title,
                Map.copyOf(data));
    }

    static IncidentEvent resolved(String brandId, long incidentId, String title, String resolution, Instant at) {
        return new IncidentEvent(TeamEventType.INCIDENT_RESOLVED, brandId, incidentId, at,
                "Incident resolved: " + title, Map.of("incidentId", incidentId, "resolution", resolution));
    }

    @Override
    public String link() {
        return "/incidents/" + incidentId;
    }
}
