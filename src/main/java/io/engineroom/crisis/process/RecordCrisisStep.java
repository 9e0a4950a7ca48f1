package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.CRISIS_LEAD;
import static io.engineroom.crisis.CrisisCommunicationVariables.FINANCIAL_EXPOSURE;
import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_EXPOSURE;
import static io.engineroom.crisis.CrisisCommunicationVariables.REACH;
import static io.engineroom.crisis.CrisisCommunicationVariables.RESOLVED_BY;
import static io.engineroom.crisis.CrisisCommunicationVariables.SAFETY_EXPOSURE;
import static io.engineroom.crisis.CrisisCommunicationVariables.SENTIMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATUS_UPDATE;
import static io.engineroom.crisis.CrisisCommunicationVariables.TO_IMPROVE;
import static io.engineroom.crisis.CrisisCommunicationVariables.WENT_WELL;

import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.workflow.SopVariable;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing the crisis lead's tasks: who did it goes into the variables later steps act with (the freeze and
 * its lifting are in that person's name), and what they said goes on the incident's timeline.
 */
@Component("recordCrisisStep")
class RecordCrisisStep implements TaskListener {

    /** The exposures as the timeline names them, in its order. */
    private static final List<Map.Entry<String, SopVariable<Boolean>>> EXPOSURES = List.of(
            Map.entry("safety", SAFETY_EXPOSURE), Map.entry("legal", LEGAL_EXPOSURE),
            Map.entry("financial", FINANCIAL_EXPOSURE));

    private final IncidentTimeline timeline;

    RecordCrisisStep(IncidentTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        long incidentId = INCIDENT_ID.require(task);
        String who = task.getAssignee();
        switch (task.getTaskDefinitionKey()) {
            case "AssessSeverity" -> {
                CRISIS_LEAD.set(task, who);
                timeline.record(incidentId, who, "Assessed: reach " + REACH.get(task) + ", sentiment "
                        + SENTIMENT.get(task) + exposures(task));
            }
            case "PostStatusUpdate" -> timeline.record(incidentId, who,
                    "Status update: " + STATUS_UPDATE.get(task));
            case "ResolveIncident" -> RESOLVED_BY.set(task, who);
            case "PostCrisisReview" -> timeline.record(incidentId, who, "Post-crisis review. Went well: "
                    + WENT_WELL.get(task) + " To improve: " + TO_IMPROVE.get(task));
            default -> throw new IllegalStateException("recordCrisisStep does not know task "
                    + task.getTaskDefinitionKey() + "; see processes/crisis-communication.bpmn");
        }
    }

    private static String exposures(DelegateTask task) {
        StringBuilder exposures = new StringBuilder();
        for (Map.Entry<String, SopVariable<Boolean>> exposure : EXPOSURES) {
            if (Boolean.TRUE.equals(exposure.getValue().get(task))) {
                exposures.append(exposures.isEmpty() ? ", exposure: " : ", ").append(exposure.getKey());
            }
        }
        return exposures.toString();
    }
}
