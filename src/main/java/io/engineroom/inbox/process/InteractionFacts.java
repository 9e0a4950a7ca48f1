package io.engineroom.inbox.process;

import io.engineroom.inbox.InteractionProgress;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.workflow.SopVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The interaction an instance handles and what its responder answered, from their owners: the interaction's record
 * (which names the instance) and Camunda's history of the Respond task, not the {@code interactionId},
 * {@code replyText} or {@code action} variables, which anyone able to reach the engine could rewrite between the
 * response and the steps that act on it (the reply is sent in a job of its own, later).
 */
@Component
class InteractionFacts {

    private final InteractionProgress progress;

    InteractionFacts(InteractionProgress progress) {
        this.progress = progress;
    }

    String interaction(DelegateExecution execution) {
        return progress.interactionOfInstance(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }

    String brand(DelegateExecution execution) {
        return progress.brandOf(interaction(execution));
    }

    /** What the last completed Respond task answered for a variable, or null. */
    static <T> T answered(DelegateExecution execution, SopVariable<T> variable) {
        return variable.lastAnswer(execution.getProcessEngineServices().getHistoryService(),
                execution.getProcessInstanceId(), InteractionQueue.RESPOND_TASK).orElse(null);
    }
}
