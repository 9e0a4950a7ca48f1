package io.engineroom.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Collect the day's channel metrics" of the daily snapshot.
 * <p>
 * NOTE: waits for the metrics branch's daily collection API (issue 6); until it is merged this collects nothing
 * and says so in {@code dailyMetrics}, and the snapshot holds the figures collected by other steps (first-day
 * metrics). Replace the body with the call once the API is on main.
 */
@Component("collectDailyMetrics")
class CollectDailyMetrics implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("dailyMetrics", "Not collected: the daily collection API is not merged yet");
    }
}
