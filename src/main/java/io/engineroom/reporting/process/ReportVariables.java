package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

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

    /** Who completes the task: its assignee, else the person the engine is acting for. */
    static String completedBy(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        CommandContext context = Context.getCommandContext();
        return context == null || context.getAuthentication() == null ? null
                : context.getAuthentication().getUserId();
    }
}
