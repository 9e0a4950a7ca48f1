package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.INSIGHTS;

import io.engineroom.reporting.ReportLifecycle;
import io.engineroom.workflow.Acting;
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
        String analyst = Acting.assigneeOrActing(task);
        if (analyst == null) {
            throw new BadUserRequestException("Insights need a person: claim the task before completing it");
        }
        lifecycle.recordInsights(ReportFacts.reportId(task, lifecycle), INSIGHTS.get(task), analyst);
    }
}
