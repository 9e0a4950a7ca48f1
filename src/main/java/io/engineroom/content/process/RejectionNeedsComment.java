package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.REVIEW_COMMENT;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Review tasks: a rejection must say why, so the writer knows what to change. Checked in the engine, so it
 * holds for every caller (task page, Camunda REST, Tasklist), not only for the form.
 */
@Component("rejectionNeedsComment")
public class RejectionNeedsComment implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String decision = REVIEW_DECISION.get(task);
        String comment = REVIEW_COMMENT.get(task);
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new BadUserRequestException("A review needs a decision: approve or reject");
        }
        if ("reject".equals(decision) && (comment == null || comment.isBlank())) {
            throw new BadUserRequestException("A rejection needs a comment saying what to change");
        }
    }
}
