package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service task "Start the reports now due", every hour: starts one instance per brand and period that is due in
 * the brand's time zone. The engine's time, not the wall clock: the timer fired at the engine's time.
 */
@Component("startDueReports")
class StartDueReports implements JavaDelegate {

    private final ReportLifecycle lifecycle;

    StartDueReports(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("reportsStarted", lifecycle.startDue(ClockUtil.getCurrentTime().toInstant()).size());
    }
}
