package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** What the reporting-cadence delegates read from the instance. */
final class ReportVariables {

    private ReportVariables() {
    }

    static long reportId(VariableScope scope) {
        return ((Number) scope.getVariable(ReportLifecycle.REPORT_ID)).longValue();
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
