package io.engineroom.crisis.process;

import io.engineroom.crisis.HoldingStatements;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) on "Draft the holding statement": the crisis lead starts from the scenario's template,
 * filled with the brand, the incident's title and the time of the next status update. A draft that exists already
 * (the statement came back from sign-off) is left as it is, so the lead edits what was rejected instead of
 * starting over.
 */
@Component("prefillStatement")
class PrefillStatement implements TaskListener {

    static final Duration DEFAULT_STATUS_EVERY = Duration.ofHours(1);

    private final HoldingStatements statements;

    PrefillStatement(HoldingStatements statements) {
        this.statements = statements;
    }

    @Override
    public void notify(DelegateTask task) {
        Object existing = task.getVariable("statement");
        if (existing != null && !existing.toString().isBlank()) {
            return;
        }
        long incidentId = ((Number) task.getVariable("incidentId")).longValue();
        Object scenario = task.getVariable("scenario");
        Object statusEvery = task.getVariable("statusEvery");
        Object contact = task.getVariable("contact");
        task.setVariable("statement", statements.draft(incidentId, scenario == null ? null : scenario.toString(),
                statusEvery == null ? DEFAULT_STATUS_EVERY : Duration.parse(statusEvery.toString()),
                contact == null ? null : contact.toString()));
    }
}
