package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;

import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.InteractionProgress;
import io.engineroom.inbox.InteractionState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Service task "Record the outcome": the interaction is resolved, how and when (its resolution time). */
@Component("resolveInteraction")
class ResolveInteraction implements JavaDelegate {

    private final InteractionProgress progress;
    private final InteractionFacts facts;

    ResolveInteraction(InteractionProgress progress, InteractionFacts facts) {
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the responder's choice: after a reply's job the variable could have been rewritten, history cannot
        String action = ACTION.answerOrCurrent(execution.getProcessEngineServices().getHistoryService(),
                execution.getProcessInstanceId(), InteractionQueue.RESPOND_TASK, ACTION.get(execution)).orElse(null);
        InteractionState outcome = switch (String.valueOf(action)) {
            case "reply" -> InteractionState.ANSWERED;
            case "moderate" -> InteractionState.MODERATED;
            case "handoff" -> InteractionState.HANDED_OFF;
            case "crisis" -> InteractionState.CRISIS;
            default -> InteractionState.CLOSED;
        };
        progress.resolved(facts.interaction(execution), outcome,
                ClockUtil.getCurrentTime().toInstant());
    }
}
