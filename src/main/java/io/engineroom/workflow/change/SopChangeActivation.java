package io.engineroom.workflow.change;

import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeDecided;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanged;
import io.engineroom.workflow.SopKind;
import java.time.Clock;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves an SOP change along its path: approved (its processes activated, so new instances start on them and its
 * decisions decide), rejected (stays suspended), or activated at once by an administrator. Callers check who may;
 * the engine calls here run without the caller's engine permissions (SOP owners hold none on definitions).
 */
@Component
public class SopChangeActivation {

    private final SopChangeTable table;
    private final RepositoryService repositoryService;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LiveTimers timers;

    SopChangeActivation(SopChangeTable table, RepositoryService repositoryService, ApplicationEventPublisher events,
            Clock clock, LiveTimers timers) {
        this.table = table;
        this.repositoryService = repositoryService;
        this.events = events;
        this.clock = clock;
        this.timers = timers;
    }

    public void approve(SopChange change, String reviewer, String comment) {
        activateProcesses(change);
        table.reviewed(change.id(), true, reviewer, comment, clock.instant());
        timersToLiveVersions(change);
        decided(change, SopChangeStatus.APPROVED, reviewer, comment);
    }

    public void reject(SopChange change, String reviewer, String comment) {
        table.reviewed(change.id(), false, reviewer, comment, clock.instant());
        decided(change, SopChangeStatus.REJECTED, reviewer, comment);
    }

    public void activateInEmergency(SopChange change, String admin, String reason) {
        activateProcesses(change);
        table.activatedInEmergency(change.id(), admin, reason, clock.instant());
        timersToLiveVersions(change);
        decided(change, SopChangeStatus.EMERGENCY, admin, reason);
    }

    private void activateProcesses(SopChange change) {
        change.models().stream().filter(model -> model.kind() == SopKind.PROCESS)
                .forEach(model -> repositoryService.updateProcessDefinitionSuspensionState()
                        .byProcessDefinitionId(model.definitionId()).includeProcessInstances(false).activate());
    }

    /** Once the change is live: timer start events fire for the live versions only ({@link LiveTimers}). */
    private void timersToLiveVersions(SopChange change) {
        timers.moveToLiveVersions(change);
    }

    private void decided(SopChange change, SopChangeStatus status, String by, String comment) {
        String summary = change.models().stream().map(SopChangeModel::label).collect(Collectors.joining(", "));
        events.publishEvent(new SopChangeDecided(change.id(), change.brandId(), change.proposedBy(), status, by,
                comment, summary));
        events.publishEvent(new SopChanged(change.id(), change.brandId(), status, summary, by, clock.instant()));
    }
}
