package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.REVIEW_COMMENT;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Review tasks start without the previous round's decision and comment: otherwise a second review would open
 * with "reject" chosen, and a completion without a decision would pass with the old one. The old values stay in
 * the history.
 */
@Component("startFreshReview")
public class StartFreshReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        REVIEW_DECISION.remove(task);
        REVIEW_COMMENT.remove(task);
    }
}
