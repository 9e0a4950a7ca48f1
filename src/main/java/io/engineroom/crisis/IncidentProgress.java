package io.engineroom.crisis;

import io.engineroom.base.BusinessKey;
import io.engineroom.base.NotFound;
import io.engineroom.crisis.domain.Incident;
import io.engineroom.crisis.domain.IncidentRepository;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the crisis SOP's steps record on the incident, each with its timeline entry. The engine is the caller, in
 * the transaction of the step; whoever completed the step was checked by the task inbox.
 */
@Service
public class IncidentProgress {

    private final IncidentRepository incidents;
    private final IncidentTimeline timeline;
    private final ApplicationEventPublisher events;

    IncidentProgress(IncidentRepository incidents, IncidentTimeline timeline, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.events = events;
    }

    @Transactional
    public void assessed(long incidentId, int severity, String scenario, String by, String why) {
        Instant now = now();
        Incident incident = incident(incidentId);
        Integer previous = incident.getSeverity();
        incident.assess(severity, scenario, by, now);
        if (previous == null || previous != severity) {
            events.publishEvent(IncidentEvent.severityChanged(incident.getBrandId(), incidentId, incident.getTitle(),
                    severity, previous, now));
        }
        timeline.record(incidentId, now, by, "Severity " + severity + " assessed" + (scenario == null ? ""
                : " (scenario: " + scenario + ")") + (why == null || why.isBlank() ? "" : ": " + why.strip()));
    }

    @Transactional
    public void resolved(long incidentId, String by, String resolution) {
        Instant now = now();
        Incident incident = incident(incidentId);
        incident.resolve(by, resolution, now);
        events.publishEvent(IncidentEvent.resolved(incident.getBrandId(), incidentId, incident.getTitle(),
                resolution, now));
        timeline.record(incidentId, now, by, "Resolved: " + resolution);
    }

    /**
     * The incident a crisis instance manages: named by its business key ({@code incident:7}) and only if the
     * incident's record names this very instance. The SOP's steps ask here rather than trusting an
     * {@code incidentId} variable, which someone could have pointed at another incident.
     */
    @Transactional(readOnly = true)
    public long incidentOfInstance(String processInstanceId, String businessKey) {
        long id = BusinessKey.numericId(businessKey, "incident", processInstanceId);
        Incident incident = incidents.findById(id).orElseThrow(() -> new NotFound("incident", "No incident " + id));
        if (!processInstanceId.equals(incident.getProcessInstanceId())) {
            throw new IllegalStateException("Incident " + id + " is not managed by instance " + processInstanceId);
        }
        return id;
    }

    /** The brand an incident belongs to, from its record. */
    @Transactional(readOnly = true)
    public String brandOf(long incidentId) {
        return incidents.findById(incidentId).orElseThrow(() -> new NotFound("incident", "No incident " + incidentId))
                .getBrandId();
    }

    /** The brand and title of an incident, for the steps that write to people about it. */
    @Transactional(readOnly = true)
    public IncidentSummary summary(long incidentId) {
        return IncidentService.summary(incident(incidentId), false);
    }

    private Incident incident(long incidentId) {
        return incidents.findById(incidentId)
                .orElseThrow(() -> new NotFound("incidentId", "No incident " + incidentId));
    }

    /** The engine's clock: the SOP's timers and task times run on it, and the timeline must line up with them. */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
