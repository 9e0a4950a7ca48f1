package io.engineroom.assist.process;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupRemovalTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * AI suggestions are history of their task, so they are kept and removed as that task's Camunda history is: when the
 * task's root process instance ends, each of its suggestions gets the instance's removal time (the brand's retention
 * counted from the end, or the SOP's own {@code historyTimeToLive}, see {@code BrandRemovalTime}); the history
 * cleanup job, in its batch window, removes the suggestions past it just before it removes the instances. Nothing
 * else deletes a suggestion. Both run inside the engine's own commands and transactions.
 */
@Component
class SuggestionRetention extends AbstractProcessEnginePlugin {

    // the engine's database, ready once the engine runs (this plugin is read while the engine is being built)
    private final ObjectProvider<JdbcTemplate> jdbc;

    SuggestionRetention(ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new RemovalTimes());
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        // the same job type as Camunda's own: the engine keeps the custom handler in its place
        configuration.getCustomJobHandlers().add(new Cleanup());
    }

    /**
     * Hears a root instance end and gives its suggestions the removal time Camunda gives the instance's history.
     * Camunda computes that time as it ends the instance (strategy {@code end}) but writes it to the history rows
     * only, not to the event, so it is computed here again by the engine's own provider: the same brand retention,
     * the same end time.
     */
    private final class RemovalTimes implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricProcessInstanceEventEntity instance
                    && instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)
                    && Objects.equals(instance.getProcessInstanceId(), instance.getRootProcessInstanceId())) {
                Date removalTime = removalTime(instance);
                if (removalTime != null) {
                    jdbc.getObject().update("update ai_suggestion set removal_time = ? where removal_time is null "
                            + "and task_id in (select id_ from act_hi_taskinst where root_proc_inst_id_ = ?)",
                            new Timestamp(removalTime.getTime()), instance.getRootProcessInstanceId());
                }
            }
        }

        private static Date removalTime(HistoricProcessInstanceEventEntity instance) {
            if (instance.getRemovalTime() != null) {
                return instance.getRemovalTime();
            }
            ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
            ProcessDefinition definition = engine.getDeploymentCache()
                    .findDeployedProcessDefinitionById(instance.getProcessDefinitionId());
            return engine.getHistoryRemovalTimeProvider().calculateRemovalTime(instance, definition);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }

    /** Camunda's history cleanup, which first removes the suggestions whose time has come. */
    private final class Cleanup extends HistoryCleanupJobHandler {

        @Override
        protected HistoryCleanupRemovalTime getTimeBasedHandler() {
            return new HistoryCleanupRemovalTime() {
                @Override
                protected Map<Class<? extends DbEntity>, DbOperation> performProcessCleanup() {
                    removeExpired();
                    return super.performProcessCleanup();
                }
            };
        }
    }

    /**
     * Past its removal time, by the engine's clock (the one Camunda compares its removal times with). A suggestion
     * written after its instance had already ended (a draft that came back after the person completed the last
     * task) has no time of its own: it goes when its task's history goes, found before Camunda removes that. Not
     * batched: suggestions are asked for by people, a few a task, far fewer than the history rows around them.
     */
    int removeExpired() {
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        return jdbc.getObject().update("delete from ai_suggestion where removal_time <= ? or (removal_time is null "
                + "and exists (select 1 from act_hi_taskinst t where t.id_ = ai_suggestion.task_id "
                + "and t.removal_time_ <= ?))", now, now);
    }
}
