package io.engineroom.workflow.engine;

import io.engineroom.workflow.LiveSops;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timer start event starts the live version of its SOP, for the timer's own brand (or the shared version for a
 * shared timer). Camunda's handler starts the newest version of the key, and while a change waits for review that
 * is the suspended one it would skip: the brand's scheduled reports and channel checks would stop until the review
 * ended. Change control keeps the timers with the live version (see {@code workflow.change.LiveTimers}); this starts
 * it. A brand's timer never starts the shared version: that one has timers of its own.
 */
class LiveTimerStart extends TimerStartEventJobHandler {

    private static final Logger log = LoggerFactory.getLogger(LiveTimerStart.class);

    private final Supplier<LiveSops> live;

    LiveTimerStart(Supplier<LiveSops> live) {
        this.live = live;
    }

    @Override
    public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
            String tenantId) {
        String key = configuration.getTimerElementKey();
        Optional<ProcessDefinition> definition = live.get().process(key, tenantId)
                .filter(found -> Objects.equals(found.getTenantId(), tenantId));
        if (definition.isEmpty()) {
            log.info("Timer of SOP {} ({}) fired with no live version to start", key,
                    tenantId == null ? "shared" : tenantId);
            return;
        }
        commandContext.getProcessEngineConfiguration().getRuntimeService()
                .createProcessInstanceById(definition.get().getId()).execute();
    }
}
