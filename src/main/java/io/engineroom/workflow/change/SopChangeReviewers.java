package io.engineroom.workflow.change;

import io.engineroom.identity.Role;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopExpressionBean;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who is offered the review of an SOP change ({@code camunda:candidateGroups="${sopChangeReviewers.of(execution)}"}):
 * the brand's SOP owners and the administrators for a brand's change, the administrators alone for a change of the
 * shared version. Decided before the task exists, from the change record the instance's business key names: a
 * candidate group removed once the task is created would still have been shown in the inbox and granted read access
 * to the task by Camunda. The brand part (which social managers) is the task's tenant, the change's brand.
 *
 * <p>An SOP expression bean: its one method only reads.
 */
@SopExpressionBean
@Component("sopChangeReviewers")
public class SopChangeReviewers {

    private final SopChangeTable table;

    SopChangeReviewers(SopChangeTable table) {
        this.table = table;
    }

    /** The candidate groups of the review task of the change this instance reviews. */
    public List<String> of(DelegateExecution execution) {
        SopChange change = SopChangeReview.of(execution, table);
        return change.shared() ? List.of(Role.ADMIN.groupId())
                : List.of(Role.SOCIAL_MANAGER.groupId(), Role.ADMIN.groupId());
    }
}
