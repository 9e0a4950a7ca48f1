package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.FROZEN_BY_CRISIS;
import static io.engineroom.crisis.CrisisCommunicationVariables.KEEP_FREEZE;
import static io.engineroom.crisis.CrisisCommunicationVariables.RESOLUTION;
import static io.engineroom.crisis.CrisisCommunicationVariables.RESOLVED_BY;

import io.engineroom.crisis.IncidentProgress;
import io.engineroom.crisis.IncidentTimeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Record the resolution": the incident is over (the brand may have a new one) and the status
 * updates have stopped with the managing sub-process. A freeze kept by choice is said so on the timeline.
 */
@Component("closeIncident")
class CloseIncident implements JavaDelegate {

    private final IncidentProgress incidents;
    private final IncidentTimeline timeline;
    private final CrisisFacts facts;

    CloseIncident(IncidentProgress incidents, IncidentTimeline timeline, CrisisFacts facts) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = facts.incident(execution);
        String resolvedBy = RESOLVED_BY.get(execution);
        incidents.resolved(incidentId, resolvedBy, RESOLUTION.get(execution));
        if (Boolean.TRUE.equals(FROZEN_BY_CRISIS.get(execution)) && Boolean.TRUE.equals(KEEP_FREEZE.get(execution))) {
            timeline.record(incidentId, resolvedBy, "Publishing stays frozen by choice; lift it in the calendar");
        }
    }
}
