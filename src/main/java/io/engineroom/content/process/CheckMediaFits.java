package io.engineroom.content.process;

import io.engineroom.base.InvalidInput;
import io.engineroom.content.PlatformFit;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Create visual" completed: the item's files must fit every planned platform's media rules (count, type, size,
 * aspect ratio, video length), checked in the engine; otherwise the task stays open with the problems on the file
 * field, and nothing reaches review.
 */
@Component("checkMediaFits")
class CheckMediaFits implements TaskListener {

    private final PlatformFit fit;
    private final PieceFacts facts;

    CheckMediaFits(PlatformFit fit, PieceFacts facts) {
        this.fit = fit;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = fit.mediaProblems(facts.item(task.getExecution()));
        if (!problems.isEmpty()) {
            InvalidInput invalid = new InvalidInput(PlatformFit.FILE, String.join("; ", problems));
            throw new BadUserRequestException(invalid.getMessage(), invalid);
        }
    }
}
