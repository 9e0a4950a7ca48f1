package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.workflow.change.SopChangeTable;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopDeploymentException;
import io.engineroom.workflow.deployment.SopFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SOP folders deploy once, then only what changed, on PostgreSQL. A folder's first deployment is the team's starting
 * point and goes live at once; what changes in it at a later start waits for review like any other SOP change.
 */
@EngineRoomIntegrationTest
class SopDeploymentTest {

    @Autowired
    SopDeployer deployer;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    SopChangeTable changes;
    @Autowired
    LiveSops live;

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
        // the shared one: brands may have their own versions too
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("content-approval")
                .withoutTenantId().latestVersion().singleResult()).isNotNull();
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThat(deployer.deployChanges()).isEmpty();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        Deployment first = repositoryService.createDeploymentQuery().deploymentName(SopDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().asc().list().get(0);
        assertThat(changes.findByDeployment(first.getId())).map(SopChange::status).contains(SopChangeStatus.AT_ONCE);
    }

    @Test
    void aFolderDeployedForTheFirstTimeGoesLiveAtOnceWithoutAReview() throws IOException {
        twoModelsWithTheirForms();

        Deployment deployment = deployFolders().orElseThrow();

        SopChange change = changes.findByDeployment(deployment.getId()).orElseThrow();
        assertThat(change.status()).isEqualTo(SopChangeStatus.AT_ONCE);
        assertThat(change.proposedBy()).as("Engine Room, at start-up").isNull();
        assertThat(change.source()).isEqualTo(SopDeployer.DEPLOYMENT_SOURCE);
        assertThat(change.reviewInstanceId()).isNull();
        assertThat(change.activatedAt()).isNotNull();
        assertThat(change.models()).extracting(SopChangeModel::key)
                .containsExactlyInAnyOrder("alpha-" + suffix, "beta-" + suffix);
        for (String key : new String[] {"alpha", "beta"}) {
            ProcessDefinition definition = latest(key);
            assertThat(definition.isSuspended()).as(key).isFalse();
            assertThat(live.process(key + "-" + suffix, null)).map(ProcessDefinition::getId)
                    .contains(definition.getId());
        }
    }

    @Test
    void aFileChangedAtALaterStartWaitsForReviewWhileThePreviousVersionKeepsRunning() throws IOException {
        twoModelsWithTheirForms();
        deployFolders();
        ProcessDefinition running = latest("beta");

        writeModel("beta", "Beta, renamed", "form-beta");
        Deployment deployment = deployFolders().orElseThrow();

        SopChange change = changes.findByDeployment(deployment.getId()).orElseThrow();
        assertThat(change.status()).isEqualTo(SopChangeStatus.IN_REVIEW);
        assertThat(change.proposedBy()).isNull();
        assertThat(change.reviewInstanceId()).isNotNull();
        assertThat(change.models()).singleElement().satisfies(model -> {
            assertThat(model.key()).isEqualTo("beta-" + suffix);
            assertThat(model.replacesDefinitionId()).isEqualTo(running.getId());
        });
        ProcessDefinition waiting = latest("beta");
        assertThat(waiting.getVersion()).isEqualTo(2);
        assertThat(waiting.isSuspended()).isTrue();
        assertThat(live.process("beta-" + suffix, null)).map(ProcessDefinition::getId).contains(running.getId());
        assertThat(live.start("beta-" + suffix, "northwind", "beta:" + suffix, Map.of("brand", "northwind"))
                .getProcessDefinitionId()).as("new work starts on the version that runs").isEqualTo(running.getId());
    }

    @Test
    void aRestartWithoutChangesCreatesNoDeploymentAndNoNewVersion() throws IOException {
        twoModelsWithTheirForms();

        assertThat(deployFolders()).isPresent();
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThat(deployFolders()).isEmpty();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(version("alpha")).isEqualTo(1);
        assertThat(version("beta")).isEqualTo(1);
    }

    @Test
    void changingOneModelVersionsOnlyThatModel() throws IOException {
        twoModelsWithTheirForms();
        deployFolders();

        writeModel("beta", "Beta, renamed", "form-beta");
        var deployment = deployFolders().orElseThrow();

        assertThat(version("alpha")).isEqualTo(1);
        assertThat(version("beta")).isEqualTo(2);
        // the model binds its form by deployment, so the form travels with it
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .containsExactlyInAnyOrder("processes/beta-" + suffix + ".bpmn", "forms/form-beta-" + suffix + ".form");
    }

    @Test
    void changingAFormRedeploysTheModelsThatUseItOnly() throws IOException {
        twoModelsWithTheirForms();
        deployFolders();

        writeForm("form-alpha", "Second");
        deployFolders();

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

        assertThatThrownBy(this::deployFolders)
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

        assertThatThrownBy(this::deployFolders)
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

    /** The temporary folders, as a folder of their own: their own deployment name, so their first one is new. */
    private Optional<Deployment> deployFolders() {
        return deployer.deployChanges(new SopFolders(processes, forms), "sops-test-" + suffix);
    }

    private int version(String key) {
        return latest(key).getVersion();
    }

    private ProcessDefinition latest(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key + "-" + suffix)
                .latestVersion().singleResult();
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
