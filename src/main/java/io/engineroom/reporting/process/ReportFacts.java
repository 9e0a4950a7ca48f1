package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Which report a reporting-cadence instance is about, read from the report record (business key and brand checked
 * against it), as PieceFacts, CrisisFacts and InteractionFacts do for the other SOPs; the SOP's variables are in
 * ReportingCadenceVariables.
 */
final class ReportFacts {

    private ReportFacts() {
    }

    /** The instance's report, from its business key and brand, not from a rewritable variable. */
    static long reportId(DelegateExecution execution, ReportLifecycle lifecycle) {
        return lifecycle.reportOfInstance(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                execution.getTenantId());
    }

    static long reportId(DelegateTask task, ReportLifecycle lifecycle) {
        return reportId(task.getExecution(), lifecycle);
    }
}
