package io.engineroom.support;

import org.camunda.bpm.engine.RepositoryService;

/**
 * Makes sure an SOP with key {@code interaction} is deployed, so intake can start it: the real
 * processes/interaction-handling.bpmn once it exists (deployed at start-up), else a test stand-in.
 */
public final class InteractionSops {

    private InteractionSops() {
    }

    public static synchronized void ensureDeployed(RepositoryService repositoryService) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("interaction").count() == 0) {
            repositoryService.createDeployment().name("engine-room-test-interaction-stand-in")
                    .addClasspathResource("sops/interaction-stand-in.bpmn").deploy();
        }
    }
}
