package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.CADENCE;
import static io.engineroom.reporting.ReportingCadenceVariables.REPORTS_STARTED;

import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportLifecycle;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service tasks "Start the … now due", one per cadence's timer: starts one instance per brand and period of that
 * cadence ({@code cadence}, the task's input) due now in the brand's time zone. The engine's time, not the wall
 * clock: the timer fired at the engine's time.
 */
@Component("startDueReports")
class StartDueReports implements JavaDelegate {

    private final ReportLifecycle lifecycle;

    StartDueReports(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Cadence cadence = Cadence.valueOf(CADENCE.get(execution));
        REPORTS_STARTED.set(execution,
                lifecycle.startDue(ClockUtil.getCurrentTime().toInstant(), Set.of(cadence)).size());
    }
}
