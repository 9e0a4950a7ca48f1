package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.CONTACT;
import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.SCENARIO;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATUS_EVERY;

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
        String existing = STATEMENT.get(task);
        if (existing != null && !existing.isBlank()) {
            return;
        }
        String statusEvery = STATUS_EVERY.get(task);
        STATEMENT.set(task, statements.draft(INCIDENT_ID.require(task), SCENARIO.get(task),
                statusEvery == null ? DEFAULT_STATUS_EVERY : Duration.parse(statusEvery), CONTACT.get(task)));
    }
}
