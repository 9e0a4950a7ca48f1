package io.engineroom.workflow;

import io.engineroom.workflow.change.ChangeIntake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * Test-only SOP models for the SOP lifecycle tests (keys {@code sops-test-…}, never a real SOP's): user tasks for
 * {@code legal} with a real form bound by deployment, so they pass the SOP lint.
 */
public final class SopTestModels {

    public static final String FORM = "sla-breach";
    public static final String FORM_FILE = "forms/" + FORM + ".form";

    private SopTestModels() {
    }

    /** Start → Draft → (Check →) End; {@code draftGroup} is Draft's candidate group. */
    public static String model(String key, boolean withCheck, String draftGroup) {
        ProcessBuilder process = Bpmn.createExecutableProcess(key).name("SOP test " + key)
                .camundaHistoryTimeToLive(30);
        // fixed flow ids: a diff between two builds of the model then shows only what was meant to change
        AbstractFlowNodeBuilder<?, ?> flow = process.startEvent("Start").name("Start").sequenceFlowId("ToDraft")
                .userTask("Draft").name("Draft").camundaCandidateGroups(draftGroup)
                .camundaFormRef(FORM).camundaFormRefBinding("deployment");
        if (withCheck) {
            flow = flow.sequenceFlowId("ToCheck").userTask("Check").name("Check").camundaCandidateGroups("legal")
                    .camundaFormRef(FORM).camundaFormRefBinding("deployment");
        }
        return Bpmn.convertToString(flow.sequenceFlowId("ToEnd").endEvent("End").name("End").done());
    }

    /** A model the engine refuses: a service task without implementation. */
    public static String withoutImplementation(String key) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("SOP test " + key)
                .camundaHistoryTimeToLive(30).startEvent("Start").name("Start")
                .serviceTask("NoImplementation").name("Does nothing").endEvent("End").name("End").done());
    }

    public static byte[] form() {
        try {
            return Files.readAllBytes(Path.of(FORM_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deploys the model with its form straight on the engine (nobody signed in), live at once as a fixture (not held
     * for review: {@link ChangeIntake#atOnce}), and returns its definition.
     */
    public static ProcessDefinition deploy(RepositoryService repositoryService, String key, String xml) {
        String deploymentId = ChangeIntake.atOnce(() -> repositoryService.createDeployment().name("sops-test")
                .addString(key + ".bpmn", xml).addInputStream(FORM_FILE, new java.io.ByteArrayInputStream(form()))
                .deploy()).getId();
        return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    public static Map<String, byte[]> files(String key, String xml) {
        return Map.of(key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), FORM_FILE, form());
    }
}
