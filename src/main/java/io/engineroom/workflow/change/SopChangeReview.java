package io.engineroom.workflow.change;

import io.engineroom.base.BusinessKey;
import io.engineroom.identity.Role;
import io.engineroom.workflow.Acting;
import io.engineroom.workflow.SopChange;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes on an SOP change, in the engine, so it holds for the inbox and Camunda's own task APIs alike: nobody
 * claims or completes the review of a change they proposed, and only an administrator that of a shared change (which
 * is offered to administrators only: {@link SopChangeReviewers}). Which change, and who proposed it, is read from the change record named by the instance's
 * business key, never from a variable.
 */
@Component("sopChangeReview")
class SopChangeReview implements TaskListener {

    private final SopChangeTable table;
    private final IdentityService identityService;

    SopChangeReview(SopChangeTable table, IdentityService identityService) {
        this.table = table;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        SopChange change = of(task.getExecution(), table);
        String reviewer = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
                : Acting.completer(task);
        if (reviewer == null) {
            return;
        }
        if (reviewer.equals(change.proposedBy())) {
            throw new AuthorizationException(reviewer + " proposed this SOP change; another SOP owner must review it");
        }
        if (change.shared() && identityService.createGroupQuery().groupMember(reviewer)
                .groupId(Role.ADMIN.groupId()).count() == 0) {
            throw new AuthorizationException("A change to the shared version of an SOP is reviewed by an "
                    + "administrator; " + reviewer + " is not one");
        }
    }

    /** The change the review instance is about, from its business key {@code sop-change:<id>}. */
    static SopChange of(DelegateExecution execution, SopChangeTable table) {
        long id = BusinessKey.numericId(execution.getProcessBusinessKey(), ChangeIntake.REVIEW_SOP,
                execution.getProcessInstanceId());
        return table.find(id).orElseThrow(() -> new IllegalStateException("No SOP change " + id));
    }
}
