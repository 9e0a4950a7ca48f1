package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopDeploymentException;
import io.engineroom.workflow.deployment.SopFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** SOP folders deploy once, then only what changed, on PostgreSQL. */
@EngineRoomIntegrationTest
class SopDeploymentTest {

    @Autowired
    SopDeployer deployer;
    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path root;
    Path processes;
    Path forms;
    String suffix;

    @BeforeEach
    void createFolders() throws IOException {
        processes = Files.createDirectory(root.resolve("processes"));
        forms = Files.createDirectory(root.resolve("forms"));
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theRealSopFoldersAreDeployedAtStartAndARestartDeploysNothing() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("content-approval")
                .latestVersion().singleResult()).isNotNull();
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThat(deployer.deployChanges()).isEmpty();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aRestartWithoutChangesCreatesNoDeploymentAndNoNewVersion() throws IOException {
        twoModelsWithTheirForms();

        assertThat(deployer.deployChanges(folders())).isPresent();
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThat(deployer.deployChanges(folders())).isEmpty();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(version("alpha")).isEqualTo(1);
        assertThat(version("beta")).isEqualTo(1);
    }

    @Test
    void changingOneModelVersionsOnlyThatModel() throws IOException {
        twoModelsWithTheirForms();
        deployer.deployChanges(folders());

        writeModel("beta", "Beta, renamed", "form-beta");
        var deployment = deployer.deployChanges(folders()).orElseThrow();

        assertThat(version("alpha")).isEqualTo(1);
        assertThat(version("beta")).isEqualTo(2);
        // the model binds its form by deployment, so the form travels with it
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .containsExactlyInAnyOrder("processes/beta-" + suffix + ".bpmn", "forms/form-beta-" + suffix + ".form");
    }

    @Test
    void changingAFormRedeploysTheModelsThatUseItOnly() throws IOException {
        twoModelsWithTheirForms();
        deployer.deployChanges(folders());

        writeForm("form-alpha", "Second");
        deployer.deployChanges(folders());

        assertThat(version("alpha")).isEqualTo(2);
        assertThat(version("beta")).isEqualTo(1);
    }

    @Test
    void anInvalidModelIsRefusedNamingTheFileAndTheProblem() throws IOException {
        writeModel("alpha", "Alpha", "form-alpha");
        writeForm("form-alpha", "First");
        String model = Files.readString(processes.resolve("alpha-" + suffix + ".bpmn"));
        Files.writeString(processes.resolve("broken-" + suffix + ".bpmn"), model.substring(0, model.length() / 2));
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(() -> deployer.deployChanges(folders()))
                .isInstanceOf(SopDeploymentException.class)
                .hasMessageContaining("processes/broken-" + suffix + ".bpmn");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aModelTheEngineRejectsIsReportedWithLineAndElement() throws IOException {
        writeForm("form-alpha", "First");
        BpmnModelInstance model = Bpmn.createExecutableProcess("gamma-" + suffix).name("Gamma")
                .startEvent("Start").name("Start")
                .serviceTask("NoImplementation").name("Does nothing")
                .endEvent("End").name("End").done();
        Files.writeString(processes.resolve("gamma-" + suffix + ".bpmn"), Bpmn.convertToString(model));

        assertThatThrownBy(() -> deployer.deployChanges(folders()))
                .isInstanceOf(SopDeploymentException.class)
                .hasMessageContaining("processes/gamma-" + suffix + ".bpmn")
                .hasMessageContaining("NoImplementation");
    }

    private void twoModelsWithTheirForms() throws IOException {
        writeModel("alpha", "Alpha", "form-alpha");
        writeModel("beta", "Beta", "form-beta");
        writeForm("form-alpha", "First");
        writeForm("form-beta", "First");
    }

    private SopFolders folders() {
        return new SopFolders(processes, forms);
    }

    private int version(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key + "-" + suffix)
                .latestVersion().singleResult().getVersion();
    }

    private void writeModel(String key, String name, String formId) throws IOException {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key + "-" + suffix).name(name)
                .camundaHistoryTimeToLive(30)
                .startEvent("Start").name("Start")
                .userTask("Work").name("Work").camundaCandidateGroups("copywriter")
                .camundaFormRef(formId + "-" + suffix).camundaFormRefBinding("deployment")
                .endEvent("End").name("End").done();
        Files.writeString(processes.resolve(key + "-" + suffix + ".bpmn"), Bpmn.convertToString(model));
    }

    private void writeForm(String id, String label) throws IOException {
        Files.writeString(forms.resolve(id + "-" + suffix + ".form"), """
                {"id": "%s-%s", "type": "default", "schemaVersion": 18, "components": [
                  {"id": "Field", "type": "textfield", "key": "field", "label": "%s"}]}
                """.formatted(id, suffix, label));
    }
}
