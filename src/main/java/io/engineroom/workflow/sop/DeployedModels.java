package io.engineroom.workflow.sop;

import io.engineroom.workflow.SopKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The deployed BPMN processes and DMN decisions, read from Camunda's repository. Callers check who is asking and
 * run this with nobody signed in to the engine: SOP owners see every definition, whatever the engine grants.
 */
@Component
public class DeployedModels {

    private final RepositoryService repositoryService;

    DeployedModels(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public List<DeployedModel> all() {
        List<DeployedModel> all = new ArrayList<>();
        repositoryService.createProcessDefinitionQuery().list().forEach(definition -> all.add(of(definition)));
        repositoryService.createDecisionDefinitionQuery().list().forEach(definition -> all.add(of(definition)));
        return all;
    }

    public List<DeployedModel> versions(String key) {
        List<DeployedModel> versions = new ArrayList<>();
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion()
                .desc().list().forEach(definition -> versions.add(of(definition)));
        repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .orderByDecisionDefinitionVersion().desc().list().forEach(definition -> versions.add(of(definition)));
        return versions;
    }

    /** The latest version of every key. */
    public List<DeployedModel> latest() {
        List<DeployedModel> latest = new ArrayList<>();
        repositoryService.createProcessDefinitionQuery().latestVersion().list()
                .forEach(definition -> latest.add(of(definition)));
        repositoryService.createDecisionDefinitionQuery().latestVersion().list()
                .forEach(definition -> latest.add(of(definition)));
        return latest;
    }

    public Optional<DeployedModel> find(String definitionId) {
        if (definitionId == null || definitionId.isBlank()) {
            return Optional.empty();
        }
        ProcessDefinition process = repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .singleResult();
        if (process != null) {
            return Optional.of(of(process));
        }
        return Optional.ofNullable(repositoryService.createDecisionDefinitionQuery().decisionDefinitionId(definitionId)
                .singleResult()).map(DeployedModels::of);
    }

    /** The exact bytes the model was deployed with. */
    public byte[] content(DeployedModel model) {
        try (InputStream in = repositoryService.getResourceAsStream(model.deploymentId(), model.resourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + model.resourceName(), e);
        }
    }

    private static DeployedModel of(ProcessDefinition definition) {
        return new DeployedModel(definition.getId(), definition.getKey(), definition.getName(), SopKind.PROCESS,
                definition.getVersion(), definition.getDeploymentId(), definition.getResourceName(),
                definition.getTenantId(), definition.isSuspended());
    }

    private static DeployedModel of(DecisionDefinition definition) {
        return new DeployedModel(definition.getId(), definition.getKey(), definition.getName(), SopKind.DECISION,
                definition.getVersion(), definition.getDeploymentId(), definition.getResourceName(),
                definition.getTenantId(), false);
    }
}
