package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on "Write insights and recommendations": stores the analyst's {@code insights} with
 * the report, checked here in the engine so it holds for every caller.
 */
@Component("recordReportInsights")
class RecordReportInsights implements TaskListener {

    private final ReportLifecycle lifecycle;

    RecordReportInsights(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        String analyst = ReportVariables.completedBy(task);
        if (analyst == null) {
            throw new BadUserRequestException("Insights need a person: claim the task before completing it");
        }
        Object insights = task.getVariable("insights");
        lifecycle.recordInsights(ReportVariables.reportId(task, lifecycle), insights == null ? null : insights.toString(),
                analyst);
    }
}
