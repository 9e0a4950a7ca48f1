package io.engineroom.workflow.change;

import io.engineroom.workflow.SopChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reviewer rejected: the change stays suspended, with the reviewer's comment for its author. */
@Component("rejectSopChange")
class RejectSopChange implements JavaDelegate {

    private final SopChangeTable table;
    private final SopChangeActivation activation;

    RejectSopChange(SopChangeTable table, SopChangeActivation activation) {
        this.table = table;
        this.activation = activation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SopChange change = SopChangeReview.of(execution, table);
        activation.reject(change, Reviewer.of(execution, change), SopChangeVariables.REVIEW_COMMENT.get(execution));
    }
}
