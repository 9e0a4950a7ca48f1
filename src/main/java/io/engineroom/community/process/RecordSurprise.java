package io.engineroom.community.process;

import static io.engineroom.community.CommunityVariables.SURPRISE_NOTE;
import static io.engineroom.community.CommunityVariables.SURPRISE_SENT;

import io.engineroom.base.BusinessKey;
import io.engineroom.community.CommunityCare;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Surprise and delight" completed: what was sent goes on the surprise's record, with the person who completed the
 * task and the time, in the same transaction as the completion.
 */
@Component("recordSurprise")
class RecordSurprise implements TaskListener {

    private final CommunityCare care;
    private final Completer completer;

    RecordSurprise(CommunityCare care, Completer completer) {
        this.care = care;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        long surpriseId = BusinessKey.numericId(task.getExecution().getProcessBusinessKey(), "surprise",
                task.getProcessInstanceId());
        care.recordSent(surpriseId, SURPRISE_SENT.get(task), SURPRISE_NOTE.find(task).orElse(null),
                completer.of(task));
    }
}
