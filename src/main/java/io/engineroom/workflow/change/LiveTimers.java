package io.engineroom.workflow.change;

import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps an SOP's timer start events (reporting-cadence's hourly run, channel-health's morning check) with the version
 * a brand runs. Camunda moves them to every newly deployed version of a key and tenant, deleting those of the version
 * before; a version waiting for review is suspended, so its timers would not fire and the brand's scheduled reports
 * and channel checks would stop until someone approved. So only the live version of a key (per brand, and shared)
 * holds timer start jobs: while a change waits, the version it replaces gets its timers back and the waiting one has
 * none; once a change takes effect, its version gets them and the one it replaced loses them. A rejected change
 * changes nothing: the live version kept its timers all along.
 *
 * <p>Camunda's own timer start handler starts the newest version of the key, which may be the one waiting; Engine
 * Room's ({@code workflow.engine.LiveTimerStart}) starts the live one.
 */
@Component
class LiveTimers {

    private static final Logger log = LoggerFactory.getLogger(LiveTimers.class);

    private final LiveSops live;
    // the engine is built with change control plugged in: fetched when a change takes effect, long after
    private final ObjectProvider<ProcessEngine> engine;

    LiveTimers(LiveSops live, ObjectProvider<ProcessEngine> engine) {
        this.live = live;
        this.engine = engine;
    }

    /**
     * Inside the deploy command of a change held for review: its new versions lose the timer start jobs Camunda just
     * gave them, and the versions they replace for the change's own brand (or the shared ones, for a shared change)
     * get back those Camunda just took. A brand's first own version replaces the shared one, whose timers Camunda
     * leaves alone.
     */
    void keepWithLiveVersions(CommandContext context, Set<String> heldProcessIds, List<SopChangeModel> models,
            String brand) {
        // not yet written to the database: found among the entities the deploy command is about to write (cached
        // under the key Camunda files every job under)
        context.getDbEntityManager().getCachedEntitiesByType(AcquirableJobEntity.class).stream()
                .filter(TimerEntity.class::isInstance).map(TimerEntity.class::cast)
                .filter(job -> TimerStartEventJobHandler.TYPE.equals(job.getJobHandlerType())
                        && heldProcessIds.contains(job.getProcessDefinitionId()))
                .toList().forEach(TimerEntity::delete);
        models.stream().filter(model -> model.kind() == SopKind.PROCESS && model.replacesDefinitionId() != null)
                .filter(model -> Objects.equals(model.replacesBrandId(), brand))
                .forEach(model -> {
                    int created = startTimers(context, model.replacesDefinitionId());
                    if (created > 0) {
                        log.info("{} timer start job(s) of {} stay with its live version {} while the change waits",
                                created, model.key(), model.replacesVersion());
                    }
                });
    }

    /**
     * A change took effect (approved or activated in an emergency): for each of its processes, the brand's (or the
     * shared) live version holds the timer start jobs, no other version of the key for that brand.
     */
    void moveToLiveVersions(SopChange change) {
        List<SopChangeModel> processes = change.models().stream().filter(model -> model.kind() == SopKind.PROCESS)
                .toList();
        if (processes.isEmpty()) {
            return;
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
        // joins the command (and transaction) that activates the change when there is one
        configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            processes.forEach(model -> moveToLiveVersion(context, model, change.brandId()));
            return null;
        }));
    }

    private void moveToLiveVersion(CommandContext context, SopChangeModel model, String brand) {
        // the change's own version is being activated in this very command: the engine's queries do not see it yet
        ProcessDefinitionEntity activated = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(model.definitionId());
        // an older change approved after a newer one: the newer stays live
        ProcessDefinition liveVersion = live.process(model.key(), brand)
                .filter(other -> Objects.equals(other.getTenantId(), brand))
                .filter(other -> other.getVersion() > activated.getVersion())
                .orElse(activated);
        boolean liveHasTimers = false;
        for (JobEntity job : context.getJobManager().findJobsByConfiguration(TimerStartEventJobHandler.TYPE,
                model.key(), brand)) {
            if (liveVersion.getId().equals(job.getProcessDefinitionId())) {
                liveHasTimers = true;
            } else {
                new DeleteJobsCmd(job.getId()).execute(context);
            }
        }
        if (!liveHasTimers) {
            startTimers(context, liveVersion.getId());
        }
    }

    /** Creates the definition's timer start jobs as Camunda's deployer does; returns how many. */
    @SuppressWarnings("unchecked")
    private static int startTimers(CommandContext context, String definitionId) {
        ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(definitionId);
        List<TimerDeclarationImpl> timers = (List<TimerDeclarationImpl>) definition
                .getProperty(BpmnParse.PROPERTYNAME_START_TIMER);
        if (timers == null) {
            return 0;
        }
        for (TimerDeclarationImpl timer : timers) {
            TimerEntity job = timer.createStartTimerInstance(definition.getDeploymentId());
            // the live version runs: its timers too, even while the engine has not yet written its activation
            job.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }
        return timers.size();
    }
}
