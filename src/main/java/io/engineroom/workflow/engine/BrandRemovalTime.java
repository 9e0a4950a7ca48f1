package io.engineroom.workflow.engine;

import io.engineroom.brand.BrandRetention;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * When an instance's history may be removed: its brand's retention (the tenant is the brand) counted from when it
 * ended, or, for a brand without one, the SOP's own {@code historyTimeToLive} as Camunda does it. The history
 * cleanup job deletes what is past its removal time. Camunda fixes the time when the root instance ends (strategy
 * {@code end}) and gives it to everything the instance wrote: tasks, variables, decisions, the operation log.
 */
class BrandRemovalTime extends DefaultHistoryRemovalTimeProvider {

    private final Function<String, Optional<Integer>> retentionDays;

    BrandRemovalTime(BrandRetention retention) {
        this(retention::days);
    }

    BrandRemovalTime(Function<String, Optional<Integer>> retentionDays) {
        this.retentionDays = retentionDays;
    }

    @Override
    public Date calculateRemovalTime(HistoricProcessInstanceEventEntity instance, ProcessDefinition definition) {
        Optional<Integer> days = retentionDays.apply(instance.getTenantId());
        if (days.isEmpty()) {
            return super.calculateRemovalTime(instance, definition);
        }
        // strategy end: asked once the instance ended; strategy start: asked when it starts
        Date from = instance.getEndTime() != null ? instance.getEndTime() : instance.getStartTime();
        return plus(from, days.get());
    }

    @Override
    public Date calculateRemovalTime(HistoricDecisionInstanceEntity decision, DecisionDefinition definition) {
        Optional<Integer> days = retentionDays.apply(decision.getTenantId());
        return days.isEmpty() ? super.calculateRemovalTime(decision, definition)
                : plus(decision.getEvaluationTime(), days.get());
    }

    private static Date plus(Date from, int days) {
        return from == null ? null : Date.from(from.toInstant().plus(Duration.ofDays(days)));
    }
}
