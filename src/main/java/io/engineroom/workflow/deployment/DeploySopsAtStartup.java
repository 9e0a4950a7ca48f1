package io.engineroom.workflow.deployment;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Deploys changed SOPs before anything else runs; an SOP that cannot be deployed stops start-up. */
@Component
@Order(10)
class DeploySopsAtStartup implements ApplicationRunner {

    private final SopDeployer deployer;

    DeploySopsAtStartup(SopDeployer deployer) {
        this.deployer = deployer;
    }

    @Override
    public void run(ApplicationArguments args) {
        deployer.deployChanges();
    }
}
