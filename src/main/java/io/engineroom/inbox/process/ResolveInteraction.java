package io.engineroom.inbox.process;

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

    ResolveInteraction(InteractionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InteractionState outcome = switch (String.valueOf(execution.getVariable("action"))) {
            case "reply" -> InteractionState.ANSWERED;
            case "moderate" -> InteractionState.MODERATED;
            case "handoff" -> InteractionState.HANDED_OFF;
            case "crisis" -> InteractionState.CRISIS;
            default -> InteractionState.CLOSED;
        };
        progress.resolved((String) execution.getVariable("interactionId"), outcome,
                ClockUtil.getCurrentTime().toInstant());
    }
}
