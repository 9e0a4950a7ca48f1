package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;

import io.engineroom.base.InvalidInput;
import io.engineroom.content.PlatformFit;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Write copy" completed: the caption (for every planned channel without a variant) and each variant must fit its
 * platform (X's weighted length, Bluesky's graphemes, hashtags...), checked in the engine so it holds for every
 * caller; otherwise the task stays open with the problem next to the caption, and nothing reaches review.
 */
@Component("checkCopyFits")
class CheckCopyFits implements TaskListener {

    private final PlatformFit fit;
    private final PieceFacts facts;

    CheckCopyFits(PlatformFit fit, PieceFacts facts) {
        this.fit = fit;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        // the caption this completion submits: a value of another type is no caption (the form's check says so)
        String caption = CAPTION.findIfTyped(task).orElse(null);
        Map<String, String> problems = fit.textProblems(facts.item(task.getExecution()), caption);
        if (!problems.isEmpty()) {
            InvalidInput invalid = new InvalidInput(problems);
            throw new BadUserRequestException(invalid.getMessage(), invalid);
        }
    }
}
