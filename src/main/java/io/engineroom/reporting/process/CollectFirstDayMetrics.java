package io.engineroom.reporting.process;

import static io.engineroom.content.ContentApprovalVariables.CONTENT_ITEM_ID;
import static io.engineroom.content.ContentApprovalVariables.FIRST_DAY_METRICS;

import io.engineroom.reporting.MetricsCollection;
import io.engineroom.reporting.PostMetrics;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Collect first-day metrics", a day after publishing: reads each posted channel's figures once.
 * What was and was not collected goes into {@code firstDayMetrics}; a channel's trouble does not fail the task.
 */
@Component("collectFirstDayMetrics")
class CollectFirstDayMetrics implements JavaDelegate {

    private final PostMetrics metrics;

    CollectFirstDayMetrics(PostMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MetricsCollection collection = metrics.collect(CONTENT_ITEM_ID.get(execution));
        FIRST_DAY_METRICS.set(execution, collection.summary());
    }
}
