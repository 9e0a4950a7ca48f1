package io.engineroom.workflow.engine;

import io.engineroom.workflow.change.ChangeIntake;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Hands every new deployment to SOP change control ({@link ChangeIntake}) once Camunda has parsed its definitions,
 * in the deploy command's own transaction: a deployment is never stored without its change record, nor live before
 * its review. Deployments the engine merely reloads into its cache are not new changes.
 */
class HoldForReview implements Deployer {

    private final Supplier<ChangeIntake> intake;

    HoldForReview(Supplier<ChangeIntake> intake) {
        this.intake = intake;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.isNew()) {
            intake.get().proposed(deployment);
        }
    }
}
