package io.engineroom.community.process;

import io.engineroom.community.UgcPermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Plan the post with the credit line": the author said yes, so the repost is planned as a content
 * item through the content module (which runs its normal approval and checks the permission again at publish).
 */
@Component("planCreditedRepost")
class PlanCreditedRepost implements JavaDelegate {

    private final UgcPermissions permissions;

    PlanCreditedRepost(UgcPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        permissions.planCredited(PermissionKey.of(execution));
    }
}
