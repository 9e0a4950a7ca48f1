package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.FINDING;
import static io.engineroom.content.ContentApprovalVariables.FINDING_NOTE;
import static io.engineroom.content.ContentApprovalVariables.POST_URL;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AGAIN;

import io.engineroom.workflow.SopVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The form answers of the per-channel publication tasks, and where the engine keeps them. */
final class PublicationAnswer {

    private static final List<SopVariable<?>> ANSWERS = List.of(POST_URL, FINDING, FINDING_NOTE, PUBLISH_AGAIN);

    private PublicationAnswer() {
    }

    /**
     * Completing a task stores its variables on its execution, or, when the execution does not hold them, on the
     * process instance: there the answer for one channel would be read for the next channel's task when that one
     * is completed without it. Declared empty on each channel's own execution, they stay with that channel.
     */
    static void keepAnswersPerChannel(DelegateTask task) {
        ANSWERS.forEach(answer -> answer.setLocal(task.getExecution(), null));
    }

    static String text(DelegateTask task, SopVariable<String> answer) {
        String value = answer.get(task);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static long number(DelegateTask task, SopVariable<Long> variable) {
        return variable.findIfTyped(task).orElseThrow(() -> new IllegalStateException("Task "
                + task.getTaskDefinitionKey() + " has no " + variable.name()
                + ": the SOP must run it once per channel (multi-instance over channel ids)"));
    }
}
