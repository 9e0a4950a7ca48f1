package io.engineroom.workflow.change;

import io.engineroom.workflow.SopChange;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The reviewer approved: the change takes effect. The reviewer is whoever completed the review in this very command
 * (the review task's listener has checked they did not propose it); a model that ran this step without a review
 * task before it would have nobody acting and is refused. When the reviewer chose to move running instances as well,
 * {@link ChangeMigration} does so once the approval has committed.
 */
@Component("activateSopChange")
class ActivateSopChange implements JavaDelegate {

    private final SopChangeTable table;
    private final SopChangeActivation activation;
    private final ApplicationEventPublisher events;

    ActivateSopChange(SopChangeTable table, SopChangeActivation activation, ApplicationEventPublisher events) {
        this.table = table;
        this.activation = activation;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SopChange change = SopChangeReview.of(execution, table);
        String reviewer = Reviewer.of(execution, change);
        activation.approve(change, reviewer, SopChangeVariables.REVIEW_COMMENT.get(execution));
        // the reviewer's own answer in this very completion; the move itself waits until the approval committed
        if (Boolean.TRUE.equals(SopChangeVariables.MIGRATE_INSTANCES.find(execution).orElse(false))) {
            events.publishEvent(new ChangeMigrationRequested(change.id(), reviewer));
        }
    }
}
