package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.MigrationPreview.InstanceCheck;
import io.engineroom.workflow.MigrationReport.Outcome;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import io.engineroom.workflow.sop.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The SOP lifecycle on PostgreSQL with test-only keys: provenance of deployments, running instances per version
 * by brand, migration preview and report with running instances, drift against a temporary processes folder,
 * export of the deployed bytes.
 */
@EngineRoomIntegrationTest
class SopLifecycleTest {

    @Autowired
    SopVersions sops;
    @Autowired
    SopMigration migration;
    @Autowired
    SopDrift drift;
    @Autowired
    SopDeployer deployer;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    TestRestTemplate http;
    @Autowired
    SopChanges changes;

    @TempDir
    Path root;
    String suffix;
    String northwindManager;
    final List<String> started = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        northwindManager = TestUsers.ensure(users, brands, "sops-manager-northwind", Role.SOCIAL_MANAGER, "northwind");
    }

    /** The test instances' user tasks would otherwise stay in legal's inbox for every later test. */
    @AfterEach
    void endTheTestInstances() {
        List<String> running = started.stream().filter(id -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(id).count() > 0).toList();
        runtimeService.deleteProcessInstances(running, "test over", true, true);
    }

    @Test
    void aPreviewSaysWhichInstancesMoveAndWhyNotAndTheMigrationMovesOnlyThose() {
        String key = "sops-test-migrate-" + suffix;
        ProcessDefinition v1 = SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, true, "legal"));
        ProcessInstance atDraft = start(key, "northwind");
        ProcessInstance atCheck = start(key, "northwind");
        taskService.complete(taskService.createTaskQuery().processInstanceId(atCheck.getId()).singleResult().getId());
        ProcessInstance otherBrand = start(key, "beanleaf");
        // v2 drops the Check step: an instance waiting there cannot move
        ProcessDefinition v2 = SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false, "legal"));

        MigrationPreview preview;
        try (SignedIn signedIn = SignedIn.as(users, northwindManager)) {
            preview = migration.preview(v1.getId(), v2.getId());
        }

        assertThat(preview.mappedActivities()).contains("Draft → Draft").doesNotContain("Check → Check");
        assertThat(preview.instances()).extracting(InstanceCheck::instanceId)
                .containsExactlyInAnyOrder(atDraft.getId(), atCheck.getId());
        InstanceCheck draft = check(preview, atDraft.getId());
        assertThat(draft.canMove()).isTrue();
        assertThat(draft.activities()).containsExactly("Draft");
        InstanceCheck check = check(preview, atCheck.getId());
        assertThat(check.canMove()).isFalse();
        assertThat(check.reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Check:")
                .containsIgnoringCase("no migration instruction"));
        // the dry run changed nothing
        assertThat(definitionOf(atDraft)).isEqualTo(v1.getId());
        assertThat(preview.movableInstanceIds()).containsExactly(atDraft.getId());

        MigrationReport report;
        try (SignedIn signedIn = SignedIn.as(users, northwindManager)) {
            report = migration.migrate(v1.getId(), v2.getId(),
                    List.of(atDraft.getId(), atCheck.getId(), otherBrand.getId()));
        }

        assertThat(report.moved()).extracting(Outcome::instanceId).containsExactly(atDraft.getId());
        assertThat(report.notMoved()).extracting(Outcome::instanceId)
                .containsExactly(atCheck.getId(), otherBrand.getId());
        assertThat(report.notMoved().get(0).reasons()).anySatisfy(reason -> assertThat(reason).startsWith("Check:"));
        assertThat(report.notMoved().get(1).reasons()).containsExactly("Not a running instance of version 1 in your brands");
        assertThat(definitionOf(atDraft)).isEqualTo(v2.getId());
        assertThat(runtimeService.getActiveActivityIds(atDraft.getId())).containsExactly("Draft");
        assertThat(taskService.createTaskQuery().processInstanceId(atDraft.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(definitionOf(atCheck)).isEqualTo(v1.getId());
        assertThat(runtimeService.getActiveActivityIds(atCheck.getId())).containsExactly("Check");
        assertThat(definitionOf(otherBrand)).isEqualTo(v1.getId());
        // Camunda's operation log says who moved instances of v1 (one entry per migration, for the source version)
        assertThat(historyService.createUserOperationLogQuery().processDefinitionId(v1.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_MIGRATE).list())
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo(northwindManager));
    }

    @Test
    void runningInstancesPerVersionCountOnlyAManagersBrands() {
        String key = "sops-test-count-" + suffix;
        SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false, "legal"));
        start(key, "northwind");
        start(key, "northwind");
        start(key, "beanleaf");
        SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false, "brand-reviewer"));
        start(key, "beanleaf");

        try (SignedIn signedIn = SignedIn.as(users, northwindManager)) {
            assertThat(sops.versions(key)).extracting(SopVersion::version, SopVersion::runningInstances)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 0L),
                            org.assertj.core.groups.Tuple.tuple(1, 2L));
        }
        try (SignedIn signedIn = SignedIn.as(users, "admin")) {
            assertThat(sops.versions(key)).extracting(SopVersion::runningInstances).containsExactly(1L, 3L);
        }
    }

    @Test
    void provenanceNamesThePersonAndTheSourceOfEachDeployment() {
        String modelerKey = "sops-test-modeler-" + suffix;
        assertThat(deployLikeModeler("social-manager", modelerKey, SopTestModels.model(modelerKey, false, "legal"),
                "beanleaf").getStatusCode()).isEqualTo(HttpStatus.OK);
        String uiKey = "sops-test-ui-" + suffix;

        try (SignedIn signedIn = SignedIn.as(users, "admin")) {
            List<SopVersion> deployed = sops.deploy(SopTestModels.files(uiKey, SopTestModels.model(uiKey, false, "legal")),
                    null);
            assertThat(deployed).extracting(SopVersion::key).containsExactly(uiKey);

            SopVersion fromModeler = sops.versions(modelerKey).get(0);
            assertThat(fromModeler.deployedBy()).isEqualTo("social-manager");
            assertThat(fromModeler.source()).isEqualTo("Camunda Modeler");
            assertThat(fromModeler.resourceName()).isEqualTo(modelerKey + ".bpmn");
            SopVersion fromUi = sops.versions(uiKey).get(0);
            assertThat(fromUi.deployedBy()).isEqualTo("admin");
            assertThat(fromUi.source()).isEqualTo(SopVersions.UI_SOURCE);
            SopVersion atStartUp = sops.versions("content-approval").get(sops.versions("content-approval").size() - 1);
            assertThat(atStartUp.deployedBy()).isEqualTo(Provenance.AT_START_UP);
            assertThat(atStartUp.source()).isEqualTo("processes folder");
            assertThat(sops.list()).extracting(SopSummary::key).contains(modelerKey, uiKey, "content-approval",
                    "approval-stages");
        }
    }

    @Test
    void aUiDeploymentTheEngineRefusesListsTheProblemAndDeploysNothing() {
        String key = "sops-test-refused-" + suffix;
        String broken = SopTestModels.withoutImplementation(key);
        try (SignedIn signedIn = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> sops.deploy(SopTestModels.files(key, broken), "northwind"))
                    .isInstanceOf(SopDeploymentRefused.class)
                    .satisfies(refused -> assertThat(((SopDeploymentRefused) refused).problems())
                            .anySatisfy(problem -> assertThat(problem.toString()).contains("NoImplementation")));
            assertThatThrownBy(() -> sops.deploy(Map.of("notes.txt", "x".getBytes(StandardCharsets.UTF_8)), "northwind"))
                    .isInstanceOf(io.engineroom.base.InvalidInput.class).hasMessageContaining("notes.txt");
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void onlySopOwnersSeeTheSops() {
        try (SignedIn signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> sops.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drift.check()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void driftShowsAModelerChangeAgainstTheFolderAndExportReturnsTheDeployedBytes() throws Exception {
        String key = "sops-test-drift-" + suffix;
        Path processes = Files.createDirectory(root.resolve("processes"));
        Path forms = Files.createDirectory(root.resolve("forms"));
        Files.writeString(processes.resolve(key + ".bpmn"), SopTestModels.model(key, true, "legal"));
        Files.write(forms.resolve(SopTestModels.FORM + ".form"), SopTestModels.form());
        SopFolders folders = new SopFolders(processes, forms);

        try (SignedIn signedIn = SignedIn.as(users, "admin")) {
            assertThat(entry(folders, key).status()).isEqualTo(Status.NOT_DEPLOYED);
            // a folder of its own: its first deployment is live at once, as on an empty database
            deployer.deployChanges(folders, "sops-test-drift-folder-" + suffix);
            assertThat(entry(folders, key).status()).isEqualTo(Status.IN_SYNC);
            assertThat(entry(folders, "content-approval").status()).isEqualTo(Status.NOT_IN_FOLDER);

            String changed = SopTestModels.model(key, true, "brand-reviewer");
            var answer = deployLikeModeler("admin", key, changed, null);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            // held for review, the shared live version is still the folder's
            assertThat(entry(folders, key).status()).isEqualTo(Status.IN_SYNC);
            long changeId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getBody())
                    .path("engineRoomChange").path("id").asLong();
            changes.activateNow(changeId, "Drift test: the Modeler change must be live");

            DriftEntry drifted = entry(folders, key);
            assertThat(drifted.status()).isEqualTo(Status.DIFFERS);
            assertThat(drifted.deployedVersion()).isEqualTo(2);
            assertThat(drifted.changes()).singleElement().satisfies(change -> {
                assertThat(change.elementId()).isEqualTo("Draft");
                assertThat(change.details()).containsExactly("camunda:candidateGroups: legal → brand-reviewer");
            });
            SopExport export = sops.export(drifted.deployedDefinitionId());
            assertThat(export.fileName()).isEqualTo(key + ".bpmn");
            assertThat(export.content()).isEqualTo(changed.getBytes(StandardCharsets.UTF_8));
            assertThat(sops.diff(sops.versions(key).get(1).definitionId(), drifted.deployedDefinitionId()))
                    .extracting(ElementChange::elementId).containsExactly("Draft");
        }
    }

    private DriftEntry entry(SopFolders folders, String key) {
        return drift.check(folders).stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
    }

    private static InstanceCheck check(MigrationPreview preview, String instanceId) {
        return preview.instances().stream().filter(instance -> instance.instanceId().equals(instanceId)).findFirst()
                .orElseThrow();
    }

    private ProcessInstance start(String key, String brand) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(key, key + ":" + UUID.randomUUID(),
                Map.of("brand", brand));
        started.add(instance.getId());
        return instance;
    }

    private String definitionOf(ProcessInstance instance) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    /** The call Camunda Modeler makes: multipart to /engine-rest with HTTP Basic, the model and its form. */
    /** A shared version (admins) when {@code tenant} is null, else that brand's own. */
    private org.springframework.http.ResponseEntity<String> deployLikeModeler(String user, String key, String xml,
            String tenant) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", key);
        if (tenant != null) {
            body.add("tenant-id", tenant);
        }
        body.add("deployment-source", "Camunda Modeler");
        body.add("data", file(key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8)));
        body.add("form", file(SopTestModels.FORM + ".form", SopTestModels.form()));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
