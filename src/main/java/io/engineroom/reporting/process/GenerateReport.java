package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.CADENCE;
import static io.engineroom.reporting.ReportingCadenceVariables.KPI_SUMMARY;

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
        long reportId = ReportFacts.reportId(execution, lifecycle);
        lifecycle.generate(reportId);
        if (!"DAILY".equals(CADENCE.get(execution)) && KPI_SUMMARY.get(execution) == null) {
            KPI_SUMMARY.set(execution, lifecycle.kpiSummary(reportId));
        }
    }
}
