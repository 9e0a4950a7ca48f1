package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.ASSESSMENT_NOTE;
import static io.engineroom.crisis.CrisisCommunicationVariables.CRISIS_LEAD;
import static io.engineroom.crisis.CrisisCommunicationVariables.SCENARIO;
import static io.engineroom.crisis.CrisisCommunicationVariables.SEVERITY;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATUS_EVERY;

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
        // the decision may hand back a Long or an Integer; the gateways and the notification decision read one type
        int severity = SEVERITY.require(execution);
        SEVERITY.set(execution, severity);
        STATUS_EVERY.set(execution, settings.statusEvery(severity).toString());
        incidents.assessed(facts.incident(execution), severity, SCENARIO.get(execution), CRISIS_LEAD.get(execution),
                ASSESSMENT_NOTE.get(execution));
    }
}
