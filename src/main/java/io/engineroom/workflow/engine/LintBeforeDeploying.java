package io.engineroom.workflow.engine;

import io.engineroom.workflow.SopLint;
import io.engineroom.workflow.SopProblem;
import io.engineroom.workflow.SopRefused;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs the SOP lint on every new deployment, wherever it comes from: the folder deployer, Camunda Modeler through
 * {@code /engine-rest/deployment/create}, the SOPs screen, tests. A pre-deployer runs inside the deploy command
 * before the models are parsed and before anything is flushed to the database, so a refusal rolls the whole
 * deployment back: nothing deploys. Deployments the engine merely reloads into its cache (not new) are not linted
 * again.
 */
class LintBeforeDeploying implements Deployer {

    private final Supplier<SopLint> lint;

    LintBeforeDeploying(Supplier<SopLint> lint) {
        this.lint = lint;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (Map.Entry<String, ResourceEntity> resource : deployment.getResources().entrySet()) {
            resources.put(resource.getKey(), resource.getValue().getBytes());
        }
        // the deployer may lack READ on groups: the lint's look-ups are the engine's own, not the caller's; the tenant
        // is the brand whose live decisions the models may use
        List<SopProblem> problems = Context.getCommandContext()
                .runWithoutAuthorization(() -> lint.get().check(resources, deployment.getTenantId()));
        if (!problems.isEmpty()) {
            throw new SopRefused(problems);
        }
    }
}
