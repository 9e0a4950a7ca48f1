package io.engineroom.inbox.ui;

import org.camunda.bpm.engine.RepositoryService;

/**
 * Until processes/interaction-handling.bpmn is deployed, the test stand-in (src/test/resources/sops) with the same
 * process key, Respond task, variables and delegates, and a form with the Respond form's fields.
 */
final class InteractionSop {

    private InteractionSop() {
    }

    static synchronized void deployStandInUnlessReal(RepositoryService repositoryService) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("interaction").count() > 0) {
            return;
        }
        repositoryService.createDeployment().name("interaction-inbox-test")
                .addClasspathResource("sops/interaction-inbox-test.bpmn")
                .addClasspathResource("sops/interaction-response-test.form").deploy();
    }
}
