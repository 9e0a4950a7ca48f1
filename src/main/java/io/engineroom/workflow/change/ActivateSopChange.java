package io.engineroom.workflow.change;

import io.engineroom.workflow.SopChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reviewer approved: the change takes effect. The reviewer is whoever completed the review in this very command
 * (the review task's listener has checked they did not propose it); a model that ran this step without a review
 * task before it would have nobody acting and is refused.
 */
@Component("activateSopChange")
class ActivateSopChange implements JavaDelegate {

    private final SopChangeTable table;
    private final SopChangeActivation activation;

    ActivateSopChange(SopChangeTable table, SopChangeActivation activation) {
        this.table = table;
        this.activation = activation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SopChange change = SopChangeReview.of(execution, table);
        String reviewer = Reviewer.of(execution, change);
        activation.approve(change, reviewer, SopChangeVariables.REVIEW_COMMENT.get(execution));
    }
}
