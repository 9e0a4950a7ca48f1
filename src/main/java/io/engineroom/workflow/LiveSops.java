package io.engineroom.workflow;

import io.engineroom.workflow.change.SopChangeTable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Which version of an SOP a brand runs: the brand's own live version when one exists, else the shared live one.
 * Live means deployed and not held for review or rejected ({@link SopChangeStatus#live()}); a held process is also
 * suspended in Camunda, a held decision merely unused, since Camunda cannot suspend decisions.
 *
 * <p>Every SOP Engine Room starts goes through {@link #start}; every business rule task resolves its decision
 * through {@link #decision} (the engine plugin binds them so), so a model deployed from Camunda Modeler changes
 * nothing until its change is approved, and a brand's own version changes that brand only.
 */
@Service
public class LiveSops {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final SopChangeTable changes;
    private final IdentityService identityService;

    LiveSops(RepositoryService repositoryService, RuntimeService runtimeService, SopChangeTable changes,
            IdentityService identityService) {
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.changes = changes;
    }

    /** The live process definition of {@code key} for the brand (null: the shared one), if any. */
    public Optional<ProcessDefinition> process(String key, String brandId) {
        return kept("process", key, brandId, () -> withoutChecks(() -> {
            Set<String> held = changes.notLiveDeployments();
            if (brandId != null) {
                Optional<ProcessDefinition> own = firstLive(repositoryService.createProcessDefinitionQuery()
                        .processDefinitionKey(key).tenantIdIn(brandId), held);
                if (own.isPresent()) {
                    return own;
                }
            }
            return firstLive(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .withoutTenantId(), held);
        }));
    }

    /** The live decision definition of {@code key} for the brand (null: the shared one), if any. */
    public Optional<DecisionDefinition> decision(String key, String brandId) {
        return kept("decision", key, brandId, () -> withoutChecks(() -> {
            Set<String> held = changes.notLiveDeployments();
            if (brandId != null) {
                Optional<DecisionDefinition> own = firstLive(repositoryService.createDecisionDefinitionQuery()
                        .decisionDefinitionKey(key).tenantIdIn(brandId), held);
                if (own.isPresent()) {
                    return own;
                }
            }
            return firstLive(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .withoutTenantId(), held);
        }));
    }

    /**
     * The answer kept from an earlier look-up while nothing that decides it has changed
     * ({@link SopChangeTable#live}), else a new look-up, kept: every interaction's start resolves its process and its
     * routing decision (twice: version and tenant), three queries each, always the same answer. Only answers nobody's
     * permissions narrowed are kept and given: inside the engine (the look-up runs without checks) or with nobody
     * signed in to it (the system, as intake starts SOPs); a person's own look-up outside the engine is Camunda's,
     * checked as theirs, every time.
     */
    @SuppressWarnings("unchecked")
    private <T extends ResourceDefinition> Optional<T> kept(String kind, String key, String brandId,
            Supplier<Optional<T>> lookUp) {
        if (Context.getCommandContext() == null && identityService.getCurrentAuthentication() != null) {
            return lookUp.get();
        }
        return (Optional<T>) changes.live().get(kind + "|" + key + "|" + (brandId == null ? "" : brandId),
                name -> lookUp.get());
    }

    /**
     * Starts the brand's live version of an SOP, with the caller's engine identity (so Camunda checks that they
     * may). The instance belongs to the brand: a shared definition's instance through its {@code brand} variable,
     * a brand's own definition's through the definition's tenant.
     *
     * @throws ProcessEngineException when no live version of the key exists for the brand
     */
    public ProcessInstance start(String key, String brandId, String businessKey, Map<String, Object> variables) {
        ProcessDefinition definition = process(key, brandId).orElseThrow(() -> new ProcessEngineException(
                "No live version of the SOP '" + key + "' for " + (brandId == null ? "shared use" : brandId)));
        return runtimeService.startProcessInstanceById(definition.getId(), businessKey, variables);
    }

    /**
     * A correlation that starts the brand's live version of an SOP at its message start event: Camunda itself
     * would start whichever version last subscribed to the message, which may be one waiting for review.
     */
    public MessageCorrelationBuilder startMessage(String key, String message, String brandId) {
        ProcessDefinition definition = process(key, brandId).orElseThrow(() -> new ProcessEngineException(
                "No live version of the SOP '" + key + "' for " + (brandId == null ? "shared use" : brandId)));
        return runtimeService.createMessageCorrelation(message).processDefinitionId(definition.getId());
    }

    /** Whether the models of a deployment may be used: not waiting for review, not rejected. */
    public boolean isLive(String deploymentId) {
        return !changes.notLiveDeployments().contains(deploymentId);
    }

    private static Optional<ProcessDefinition> firstLive(ProcessDefinitionQuery query, Set<String> held) {
        return query.active().orderByProcessDefinitionVersion().desc().list().stream()
                .filter(definition -> !held.contains(definition.getDeploymentId())).findFirst();
    }

    private static Optional<DecisionDefinition> firstLive(DecisionDefinitionQuery query, Set<String> held) {
        return query.orderByDecisionDefinitionVersion().desc().list().stream()
                .filter(definition -> !held.contains(definition.getDeploymentId())).findFirst();
    }

    /**
     * Inside the engine (a decision resolved while someone completes a task) the look-up is the engine's own, not
     * the person's: they may lack READ on definitions. Outside, Camunda's checks apply to the caller as usual.
     */
    private static <T> T withoutChecks(Supplier<T> lookUp) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return lookUp.get();
        }
        boolean tenantCheck = context.isTenantCheckEnabled();
        context.disableTenantCheck();
        try {
            return context.runWithoutAuthorization(lookUp::get);
        } finally {
            if (tenantCheck) {
                context.enableTenantCheck();
            }
        }
    }
}
