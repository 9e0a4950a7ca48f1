package io.engineroom.content.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The form answers of the per-channel publication tasks, and where the engine keeps them. */
final class PublicationAnswer {

    static final String POST_URL = "postUrl";
    static final String FINDING = "finding";
    static final String FINDING_NOTE = "findingNote";
    private static final List<String> ANSWERS = List.of(POST_URL, FINDING, FINDING_NOTE);

    private PublicationAnswer() {
    }

    /**
     * Completing a task stores its variables on its execution, or, when the execution does not hold them, on the
     * process instance: there the answer for one channel would be read for the next channel's task when that one
     * is completed without it. Declared empty on each channel's own execution, they stay with that channel.
     */
    static void keepAnswersPerChannel(DelegateTask task) {
        ANSWERS.forEach(name -> task.getExecution().setVariableLocal(name, null));
    }

    static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static long number(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no " + name
                    + ": the SOP must run it once per channel (multi-instance over channel ids)");
        }
        return number.longValue();
    }
}
