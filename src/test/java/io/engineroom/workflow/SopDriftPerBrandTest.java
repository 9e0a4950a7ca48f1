package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.ReviewSopChange;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.DriftEntry.Status;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.change.SopChangeTable;
import io.engineroom.workflow.deployment.SopFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drift per brand on PostgreSQL: the folder is compared with the shared live version, not with whatever was deployed
 * last; a brand's own live version is its own entry, not drift; a version waiting for review says so; a manager sees
 * the own versions of their brands only.
 */
@EngineRoomIntegrationTest
class SopDriftPerBrandTest {

    @Autowired
    SopDrift drift;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    EngineIdentity engineIdentity;
    @Autowired
    TaskService taskService;
    @Autowired
    SopChangeTable changes;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @TempDir
    Path root;

    String key;
    SopFolders folders;
    String proposer;
    String reviewer;
    String northwindManager;

    @BeforeEach
    void aFolderWithOneSop() throws IOException {
        key = "sops-test-drift-brand-" + UUID.randomUUID().toString().substring(0, 8);
        proposer = TestUsers.ensure(users, brands, "drift-proposer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        reviewer = TestUsers.ensure(users, brands, "drift-reviewer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        northwindManager = TestUsers.ensure(users, brands, "drift-manager-northwind", Role.SOCIAL_MANAGER,
                "northwind");
        Path processes = Files.createDirectory(root.resolve("processes"));
        Path forms = Files.createDirectory(root.resolve("forms"));
        Files.writeString(processes.resolve(key + ".bpmn"), SopTestModels.model(key, true, "legal"));
        Files.write(forms.resolve(SopTestModels.FORM + ".form"), SopTestModels.form());
        folders = new SopFolders(processes, forms);
    }

    @Test
    void theFolderIsComparedWithTheSharedLiveVersionAndBrandsOwnVersionsAreListedApart() {
        ChangeIntake.atOnce(() -> deploy(null, null, SopTestModels.model(key, true, "legal")));
        assertThat(entries("admin")).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(Status.IN_SYNC);
            assertThat(entry.shared()).isTrue();
        });

        Deployment own = deploy(proposer, "beanleaf", SopTestModels.model(key, true, "brand-reviewer"));
        assertThat(entries("admin")).extracting(DriftEntry::status, DriftEntry::brandId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.IN_SYNC, null),
                org.assertj.core.groups.Tuple.tuple(Status.IN_REVIEW, "beanleaf"));
        approve(own);

        DriftEntry brandVersion = entries("admin").get(1);
        assertThat(brandVersion.status()).isEqualTo(Status.BRAND_VERSION);
        assertThat(brandVersion.brandId()).isEqualTo("beanleaf");
        assertThat(brandVersion.deployedVersion()).isEqualTo(1);
        assertThat(brandVersion.summary()).endsWith(" runs its own v1").startsWith("Bean & Leaf");
        assertThat(brandVersion.changes()).extracting(ElementChange::elementId).containsExactly("Draft");

        // a new shared version waiting for review: the folder still matches what runs
        Deployment pending = deploy("admin", null, SopTestModels.model(key, false, "legal"));
        List<DriftEntry> entries = entries("admin");
        assertThat(entries).extracting(DriftEntry::status).containsExactly(Status.IN_SYNC, Status.IN_REVIEW,
                Status.BRAND_VERSION);
        assertThat(entries.get(0).deployedVersion()).isEqualTo(1);
        DriftEntry waiting = entries.get(1);
        assertThat(waiting.shared()).isTrue();
        assertThat(waiting.deployedVersion()).isEqualTo(2);
        assertThat(waiting.changeId()).isEqualTo(changes.findByDeployment(pending.getId()).orElseThrow().id());
        assertThat(waiting.summary()).isEqualTo("shared v2 waits for review (SOP change " + waiting.changeId() + ")");

        // another brand's manager sees the shared entries, not Bean & Leaf's own version
        assertThat(entries(northwindManager)).extracting(DriftEntry::status).containsExactly(Status.IN_SYNC,
                Status.IN_REVIEW);
    }

    @Test
    void aFolderFileWhoseOnlySharedVersionWaitsForReviewSaysSo() {
        deploy("admin", null, SopTestModels.model(key, true, "legal"));

        assertThat(entries("admin")).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(Status.IN_REVIEW);
            assertThat(entry.folderFile()).isEqualTo(key + ".bpmn");
            assertThat(entry.changes()).isEmpty();
        });
    }

    @Test
    void aFolderFileNeverDeployedIsSaidToBeSo() {
        assertThat(entries("admin")).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(Status.NOT_DEPLOYED);
            assertThat(entry.summary()).isEqualTo("in folder but never deployed");
        });
    }

    private List<DriftEntry> entries(String user) {
        try (var signedIn = SignedIn.as(users, user)) {
            return drift.check(folders).stream().filter(entry -> entry.key().equals(key)).toList();
        }
    }

    /** Deploys the model with its form as the person (null: nobody signed in to the engine) for the brand. */
    private Deployment deploy(String userId, String brand, String xml) {
        if (userId != null) {
            identityService.setAuthentication(userId, List.of(userId.equals("admin") ? Role.ADMIN.groupId()
                    : Role.SOCIAL_MANAGER.groupId()), brand == null ? List.of() : List.of(brand));
        }
        try {
            return repositoryService.createDeployment().name("drift-per-brand").tenantId(brand)
                    .addString(key + ".bpmn", xml).addString(SopTestModels.FORM_FILE, new String(SopTestModels.form(),
                            StandardCharsets.UTF_8)).deploy();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void approve(Deployment deployment) {
        ReviewSopChange.approve(taskService, engineIdentity, users,
                changes.findByDeployment(deployment.getId()).orElseThrow(), reviewer);
    }
}
