package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.DAILY_METRICS;

import io.engineroom.reporting.ChannelMetricsCollection;
import io.engineroom.reporting.ReportLifecycle;
import io.engineroom.reporting.ReportPeriod;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Collect the day's channel metrics" of the daily snapshot: the snapshot's day (yesterday in the
 * brand's zone) from every channel that offers figures. What was and was not collected goes into
 * {@code dailyMetrics}; a channel's trouble does not stop the snapshot.
 */
@Component("collectDailyMetrics")
class CollectDailyMetrics implements JavaDelegate {

    private final ReportLifecycle lifecycle;
    private final ChannelMetricsCollection collection;

    CollectDailyMetrics(ReportLifecycle lifecycle, ChannelMetricsCollection collection) {
        this.lifecycle = lifecycle;
        this.collection = collection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportPeriod day = lifecycle.period(ReportFacts.reportId(execution, lifecycle));
        DAILY_METRICS.set(execution, collection.collectDaily(day.brandId(), day.start()).summary());
    }
}
