package io.engineroom.crisis.process;

import io.engineroom.crisis.CrisisSettings;
import io.engineroom.crisis.IncidentProgress;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Record severity": the matrix's verdict goes on the incident, and it sets the rhythm of status
 * updates (severity 1 more often).
 */
@Component("recordSeverity")
class RecordSeverity implements JavaDelegate {

    private final IncidentProgress incidents;
    private final CrisisSettings settings;
    private final CrisisFacts facts;

    RecordSeverity(IncidentProgress incidents, CrisisSettings settings, CrisisFacts facts) {
        this.incidents = incidents;
        this.settings = settings;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int severity = ((Number) execution.getVariable("severity")).intValue();
        execution.setVariable("severity", severity);
        execution.setVariable("statusEvery", settings.statusEvery(severity).toString());
        incidents.assessed(facts.incident(execution), severity,
                (String) execution.getVariable("scenario"), (String) execution.getVariable("crisisLead"),
                (String) execution.getVariable("assessmentNote"));
    }
}
