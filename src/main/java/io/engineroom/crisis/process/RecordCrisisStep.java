package io.engineroom.crisis.process;

import io.engineroom.crisis.IncidentTimeline;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing the crisis lead's tasks: who did it goes into the variables later steps act with (the freeze and
 * its lifting are in that person's name), and what they said goes on the incident's timeline.
 */
@Component("recordCrisisStep")
class RecordCrisisStep implements TaskListener {

    private final IncidentTimeline timeline;

    RecordCrisisStep(IncidentTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        long incidentId = (Long) task.getVariable("incidentId");
        String who = task.getAssignee();
        switch (task.getTaskDefinitionKey()) {
            case "AssessSeverity" -> {
                task.setVariable("crisisLead", who);
                timeline.record(incidentId, who, "Assessed: reach " + task.getVariable("reach") + ", sentiment "
                        + task.getVariable("sentiment") + exposures(task));
            }
            case "PostStatusUpdate" -> timeline.record(incidentId, who,
                    "Status update: " + task.getVariable("statusUpdate"));
            case "ResolveIncident" -> task.setVariable("resolvedBy", who);
            case "PostCrisisReview" -> timeline.record(incidentId, who, "Post-crisis review. Went well: "
                    + task.getVariable("wentWell") + " To improve: " + task.getVariable("toImprove"));
            default -> throw new IllegalStateException("recordCrisisStep does not know task "
                    + task.getTaskDefinitionKey() + "; see processes/crisis-communication.bpmn");
        }
    }

    private static String exposures(DelegateTask task) {
        StringBuilder exposures = new StringBuilder();
        for (String kind : new String[] {"safety", "legal", "financial"}) {
            if (Boolean.TRUE.equals(task.getVariable(kind + "Exposure"))) {
                exposures.append(exposures.isEmpty() ? ", exposure: " : ", ").append(kind);
            }
        }
        return exposures.toString();
    }
}
