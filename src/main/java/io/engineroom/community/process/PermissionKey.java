package io.engineroom.community.process;

import io.engineroom.base.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The permission an ugc-permission instance works on: from its business key, never from a variable. */
final class PermissionKey {

    private PermissionKey() {
    }

    static long of(DelegateExecution execution) {
        return BusinessKey.numericId(execution.getProcessBusinessKey(), "ugc", execution.getProcessInstanceId());
    }
}
