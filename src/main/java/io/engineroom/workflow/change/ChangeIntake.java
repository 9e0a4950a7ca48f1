package io.engineroom.workflow.change;

import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChangeModel;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopKind;
import io.engineroom.workflow.SopProblem;
import io.engineroom.workflow.SopRefused;
import io.engineroom.workflow.SopVariables;
import io.engineroom.workflow.sop.ModelDiff;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.xml.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes every new deployment of SOP models into change control, inside the deploy command (so the change is
 * recorded, and held, in the transaction that deploys it, whoever deploys: Camunda Modeler, the SOPs screen, the
 * folder at start-up). Its processes are suspended, its decisions left unused ({@link LiveSops}), the diff against
 * the versions it replaces is recorded, and the change-review SOP ({@value #REVIEW_SOP}) starts for its brand. Timer
 * start events stay with the versions that run ({@link LiveTimers}).
 *
 * <p>Goes live at once, recorded as such: the SOP folder's first deployment on an empty database, and any deployment
 * made while no change-review SOP is live (the upgrade that brings change control itself).
 */
@Component
public class ChangeIntake {

    public static final String REVIEW_SOP = "sop-change";
    /** The message that ends an open review when an administrator activated the change at once. */
    public static final String ACTIVATED_AT_ONCE = "sop-change-activated-at-once";

    private static final Logger log = LoggerFactory.getLogger(ChangeIntake.class);
    private static final ThreadLocal<Boolean> AT_ONCE = ThreadLocal.withInitial(() -> false);

    private final SopChangeTable table;
    private final LiveSops live;
    private final RepositoryService repositoryService;
    private final Clock clock;
    private final LiveTimers timers;

    ChangeIntake(SopChangeTable table, LiveSops live, RepositoryService repositoryService, Clock clock,
            LiveTimers timers) {
        this.table = table;
        this.live = live;
        this.repositoryService = repositoryService;
        this.clock = clock;
        this.timers = timers;
    }

    /** Runs a deployment that takes effect at once: the SOP folder's first one, on an empty database. */
    public static <T> T atOnce(Supplier<T> deploy) {
        AT_ONCE.set(true);
        try {
            return deploy.get();
        } finally {
            AT_ONCE.remove();
        }
    }

    /** Called by the engine for a new deployment, after its definitions were parsed, before anything is flushed. */
    public void proposed(DeploymentEntity deployment) {
        List<ProcessDefinition> processes = deployment.getDeployedProcessDefinitions() == null ? List.of()
                : deployment.getDeployedProcessDefinitions();
        List<? extends DecisionDefinition> decisions = deployment.getDeployedDecisionDefinitions() == null
                ? List.of() : deployment.getDeployedDecisionDefinitions();
        if (processes.isEmpty() && decisions.isEmpty()) {
            return; // forms only: a form is used through the models deployed with it
        }
        // before the look-ups below, which see this deployment's uncommitted definitions: nothing they find is kept
        table.liveChanged();
        String brand = deployment.getTenantId();
        refuseOwnReviewSop(processes, brand);
        CommandContext context = Context.getCommandContext();
        String proposer = context.getAuthenticatedUserId();
        boolean atOnce = AT_ONCE.get() || live.process(REVIEW_SOP, null).isEmpty();

        List<SopChangeModel> models = new ArrayList<>();
        processes.forEach(process -> models.add(model(deployment, process, SopKind.PROCESS,
                live.process(process.getKey(), brand))));
        decisions.forEach(decision -> models.add(model(deployment, decision, SopKind.DECISION,
                live.decision(decision.getKey(), brand))));
        SopChangeStatus status = atOnce ? SopChangeStatus.AT_ONCE : SopChangeStatus.IN_REVIEW;
        long id = table.insert(deployment.getId(), brand, proposer, clock.instant(), deployment.getSource(), status,
                models);
        if (atOnce) {
            log.info("SOP change {} (deployment {}) live at once: {}", id, deployment.getId(),
                    models.stream().map(SopChangeModel::label).toList());
            return;
        }
        context.runWithoutAuthorization(() -> {
            processes.forEach(process -> repositoryService.updateProcessDefinitionSuspensionState()
                    .byProcessDefinitionId(process.getId()).includeProcessInstances(false).suspend());
            // Camunda moved the timer start events to the new versions, which are suspended: the live ones keep them
            timers.keepWithLiveVersions(context, processes.stream().map(ProcessDefinition::getId)
                    .collect(Collectors.toSet()), models, brand);
            VariableMap variables = Variables.createVariables();
            if (brand != null) {
                SopVariables.BRAND.put(variables, brand);
            }
            // what the reviewer sees in My work and above the task page: which change, of which SOPs
            SopVariables.TITLE.put(variables, title(id, models));
            ProcessInstance review = live.start(REVIEW_SOP, brand, REVIEW_SOP + ":" + id, variables);
            table.reviewStarted(id, review.getId());
            return null;
        });
        log.info("SOP change {} (deployment {}) by {} waits for review: {}", id, deployment.getId(), proposer,
                models.stream().map(SopChangeModel::label).toList());
    }

    /** The review's title, so several open reviews in one person's work can be told apart without opening them. */
    static String title(long id, List<SopChangeModel> models) {
        String title = "SOP change " + id + ": " + models.stream().map(SopChangeModel::label)
                .collect(Collectors.joining(", "));
        return title.length() > 200 ? title.substring(0, 199) + "…" : title;
    }

    /** The change review is the control itself: a brand may not run its own, easier one. */
    private static void refuseOwnReviewSop(List<ProcessDefinition> processes, String brand) {
        if (brand != null && processes.stream().anyMatch(process -> REVIEW_SOP.equals(process.getKey()))) {
            throw new SopRefused(List.of(new SopProblem(processes.stream()
                    .filter(process -> REVIEW_SOP.equals(process.getKey())).findFirst().orElseThrow()
                    .getResourceName(), REVIEW_SOP, "The SOP change review is shared by all brands: deploy it "
                            + "without a tenant (administrators only)")));
        }
    }

    private SopChangeModel model(DeploymentEntity deployment, ResourceDefinition definition, SopKind kind,
            Optional<? extends ResourceDefinition> replaced) {
        List<ElementChange> changes = replaced.map(old -> diff(deployment, definition, old)).orElse(List.of());
        return new SopChangeModel(definition.getId(), kind, definition.getKey(), definition.getName(),
                definition.getVersion(), replaced.map(ResourceDefinition::getId).orElse(null),
                replaced.map(ResourceDefinition::getVersion).orElse(null),
                replaced.map(ResourceDefinition::getTenantId).orElse(null), changes);
    }

    private List<ElementChange> diff(DeploymentEntity deployment, ResourceDefinition now, ResourceDefinition before) {
        byte[] after = deployment.getResource(now.getResourceName()).getBytes();
        try (InputStream in = repositoryService.getResourceAsStream(before.getDeploymentId(),
                before.getResourceName())) {
            return ModelDiff.between(now.getResourceName(), in.readAllBytes(), after);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + before.getResourceName(), e);
        } catch (ModelException e) {
            log.warn("No element diff for {}: {}", now.getResourceName(), e.getMessage());
            return List.of();
        }
    }
}
