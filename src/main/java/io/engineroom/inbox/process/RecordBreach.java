package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.BREACH_OF;
import static io.engineroom.inbox.InteractionHandlingVariables.QUEUE;
import static io.engineroom.inbox.InteractionHandlingVariables.SLA_DUE;
import static io.engineroom.inbox.InteractionHandlingVariables.SUPPORT_DUE;

import io.engineroom.identity.Roles;
import io.engineroom.inbox.InteractionProgress;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service task "Record the breach": the first response (or support, after a hand-off) is overdue. The breach
 * stays on the interaction's record whatever happens next; which SLA it was is what the escalation task shows.
 */
@Component("recordBreach")
class RecordBreach implements JavaDelegate {

    private final InteractionProgress progress;
    private final InteractionFacts facts;

    RecordBreach(InteractionProgress progress, InteractionFacts facts) {
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // support's clock exists only after a hand-off, and the first-response timer ends with the response
        Date supportDue = SUPPORT_DUE.get(execution);
        boolean support = supportDue != null;
        BREACH_OF.set(execution, support ? "support" : "first response");
        Date due = support ? supportDue : SLA_DUE.get(execution);
        progress.breached(facts.interaction(execution), ClockUtil.getCurrentTime().toInstant(),
                support ? Roles.SUPPORT : QUEUE.get(execution), due.toInstant());
    }
}
