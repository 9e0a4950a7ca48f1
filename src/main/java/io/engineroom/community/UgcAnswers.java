package io.engineroom.community;

import io.engineroom.base.BusinessKey;
import io.engineroom.workflow.SopExpressionBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the ugc-permission SOP's gateway asks, {@code ${ugcAnswers.granted(execution)}}: the author's answer as
 * recorded for the permission its business key names, never the "ugcAnswer" variable a completer could rewrite.
 * An SOP expression bean: it only reads.
 */
@SopExpressionBean
@Component("ugcAnswers")
public class UgcAnswers {

    private final UgcPermissions permissions;

    UgcAnswers(UgcPermissions permissions) {
        this.permissions = permissions;
    }

    /** Whether the record of the instance's permission says yes. */
    public boolean granted(DelegateExecution execution) {
        return permissions.granted(BusinessKey.numericId(execution.getProcessBusinessKey(), "ugc",
                execution.getProcessInstanceId()));
    }
}
