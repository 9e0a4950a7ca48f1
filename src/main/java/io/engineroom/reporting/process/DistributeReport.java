package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.DISTRIBUTED_TO;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Distribute the report": the workbook by e-mail and a notice in-app to the brand's readers. */
@Component("distributeReport")
class DistributeReport implements JavaDelegate {

    private final ReportLifecycle lifecycle;

    DistributeReport(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DISTRIBUTED_TO.set(execution, lifecycle.distribute(ReportFacts.reportId(execution, lifecycle)));
    }
}
