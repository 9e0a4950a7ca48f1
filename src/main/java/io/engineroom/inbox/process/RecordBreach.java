package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.BREACH_OF;
import static io.engineroom.inbox.InteractionHandlingVariables.SUPPORT_DUE;

import io.engineroom.inbox.InteractionProgress;
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
        boolean support = SUPPORT_DUE.get(execution) != null;
        BREACH_OF.set(execution, support ? "support" : "first response");
        progress.breached(facts.interaction(execution), ClockUtil.getCurrentTime().toInstant());
    }
}
