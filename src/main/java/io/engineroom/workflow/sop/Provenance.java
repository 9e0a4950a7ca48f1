package io.engineroom.workflow.sop;

import io.engineroom.workflow.deployment.SopDeployer;
import java.time.Instant;
import java.util.Objects;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * Who deployed a deployment, when and from where. "Who" is Camunda's user operation log: its Create/Deployment
 * entry carries the user id whenever someone was signed in to the engine (Camunda Modeler over /engine-rest with
 * HTTP Basic, the SOPs screen); the folder deployer runs at start-up with nobody signed in. "From where" is the
 * deployment's source, as the deployer set it.
 */
@Component
public class Provenance {

    public static final String AT_START_UP = "Engine Room (at start-up)";

    private final RepositoryService repositoryService;
    private final HistoryService historyService;

    Provenance(RepositoryService repositoryService, HistoryService historyService) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
    }

    public Of of(String deploymentId) {
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        if (deployment == null) {
            return new Of(null, "unknown", null);
        }
        String source = deployment.getSource();
        String user = historyService.createUserOperationLogQuery().deploymentId(deploymentId)
                .entityType(EntityTypes.DEPLOYMENT).operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
                .list().stream().map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
                .orElse(SopDeployer.DEPLOYMENT_SOURCE.equals(source) ? AT_START_UP : "unknown (nobody signed in)");
        return new Of(deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(), user,
                source == null ? "unknown" : source);
    }

    /** When, by whom, from where. */
    public record Of(Instant deployedAt, String deployedBy, String source) {
    }
}
