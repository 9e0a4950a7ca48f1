package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the reporting-cadence delegates read from the instance. */
final class ReportVariables {

    private ReportVariables() {
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
