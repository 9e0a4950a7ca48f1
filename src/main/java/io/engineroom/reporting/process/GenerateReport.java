package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks "Generate the report" / "Generate the snapshot" / "Regenerate with the insights": writes the
 * workbook and stores it with the report. For the people's steps, the KPI summary goes into {@code kpiSummary}.
 */
@Component("generateReport")
class GenerateReport implements JavaDelegate {

    private final ReportLifecycle lifecycle;

    GenerateReport(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ReportVariables.reportId(execution, lifecycle);
        lifecycle.generate(reportId);
        if (!"DAILY".equals(execution.getVariable("cadence")) && execution.getVariable("kpiSummary") == null) {
            execution.setVariable("kpiSummary", lifecycle.kpiSummary(reportId));
        }
    }
}
