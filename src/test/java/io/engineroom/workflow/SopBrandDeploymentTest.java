package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.ReviewSopChange;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.SopVersion.Status;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.change.SopChangeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Deploying from the SOPs screen under change control, on PostgreSQL with test-only keys: whose version a deployment
 * is (a brand's own or the shared one), who may deploy which, and which brand runs which version before and after
 * another owner's review.
 */
@EngineRoomIntegrationTest
class SopBrandDeploymentTest {

    @Autowired
    SopVersions sops;
    @Autowired
    SopBrandVersions byBrand;
    @Autowired
    SopChangeTable changes;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineIdentity engineIdentity;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String key;
    String proposer;
    String reviewer;
    String northwindManager;
    final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void setUp() {
        key = "sops-test-brand-" + UUID.randomUUID().toString().substring(0, 8);
        proposer = TestUsers.ensure(users, brands, "sops-proposer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        reviewer = TestUsers.ensure(users, brands, "sops-reviewer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        northwindManager = TestUsers.ensure(users, brands, "sops-only-northwind", Role.SOCIAL_MANAGER, "northwind");
    }

    /** Reviews left open would sit in every Bean & Leaf manager's inbox for the later tests. */
    @AfterEach
    void endOpenReviews() {
        deployments.forEach(deployment -> changes.findByDeployment(deployment)
                .filter(change -> change.status() == SopChangeStatus.IN_REVIEW)
                .map(SopChange::reviewInstanceId)
                .filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .ifPresent(id -> runtimeService.deleteProcessInstance(id, "test over")));
    }

    @Test
    void aSocialManagerMayNotDeployTheSharedVersionNorForABrandTheyDoNotManage() {
        Map<String, byte[]> files = SopTestModels.files(key, SopTestModels.model(key, false, "legal"));
        try (SignedIn signedIn = SignedIn.as(users, proposer)) {
            assertThatThrownBy(() -> sops.deploy(files, null)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("Only an administrator deploys the shared version");
            assertThatThrownBy(() -> sops.deploy(files, "northwind")).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("northwind is not one of them");
        }
        try (SignedIn signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> sops.deploy(files, "beanleaf")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void theBrandChoiceOffersTheSharedVersionToAdministratorsOnly() {
        try (SignedIn signedIn = SignedIn.as(users, "admin")) {
            List<SopDeployTarget> targets = sops.deployTargets();
            assertThat(targets.get(0)).isEqualTo(SopDeployTarget.SHARED);
            assertThat(targets).extracting(SopDeployTarget::brandId).contains("beanleaf", "northwind");
        }
        try (SignedIn signedIn = SignedIn.as(users, proposer)) {
            assertThat(sops.deployTargets()).extracting(SopDeployTarget::brandId, SopDeployTarget::label)
                    .containsExactly(tuple("beanleaf", "Bean & Leaf Coffee"));
        }
    }

    @Test
    void aBrandsOwnVersionWaitsForReviewAndAfterApprovalOnlyThatBrandRunsIt() {
        ChangeIntake.atOnce(() -> SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false,
                "legal")));
        SopVersion proposed;
        try (SignedIn signedIn = SignedIn.as(users, proposer)) {
            proposed = deploy("beanleaf");
            assertThat(proposed.brandId()).isEqualTo("beanleaf");
            assertThat(proposed.version()).isEqualTo(1);
            assertThat(proposed.status()).isEqualTo(Status.IN_REVIEW);
            assertThat(sops.list()).filteredOn(sop -> sop.key().equals(key)).singleElement()
                    .satisfies(sop -> {
                        assertThat(sop.liveVersion()).isEqualTo(1);
                        assertThat(sop.waitingForReview()).isEqualTo(1);
                    });
            BrandSopVersion beanleaf = row(byBrand.of(SopKind.PROCESS, key), "beanleaf");
            assertThat(beanleaf.runsOwn()).isFalse();
            assertThat(beanleaf.live().version()).isEqualTo(1);
            assertThat(beanleaf.pending()).extracting(SopVersion::definitionId, SopVersion::status)
                    .containsExactly(tuple(proposed.definitionId(), Status.IN_REVIEW));
        }
        try (SignedIn signedIn = SignedIn.as(users, northwindManager)) {
            // another brand's own version is not theirs to see
            assertThat(sops.versions(key)).extracting(SopVersion::brandId).containsOnlyNulls();
            assertThat(byBrand.of(SopKind.PROCESS, key)).extracting(BrandSopVersion::brandId)
                    .containsExactly("northwind", null);
            assertThatThrownBy(() -> sops.export(proposed.definitionId()))
                    .isInstanceOf(io.engineroom.base.InvalidInput.class);
        }

        approve(proposed, reviewer);

        try (SignedIn signedIn = SignedIn.as(users, "admin")) {
            assertThat(sops.versions(key)).extracting(SopVersion::brandId, SopVersion::version, SopVersion::status)
                    .containsExactly(tuple("beanleaf", 1, Status.LIVE), tuple(null, 1, Status.LIVE));
            List<BrandSopVersion> rows = byBrand.of(SopKind.PROCESS, key);
            assertThat(row(rows, "beanleaf").runsOwn()).isTrue();
            assertThat(row(rows, "beanleaf").live().definitionId()).isEqualTo(proposed.definitionId());
            assertThat(row(rows, "beanleaf").pending()).isEmpty();
            assertThat(row(rows, "northwind").runsOwn()).isFalse();
            assertThat(row(rows, "northwind").live().brandId()).isNull();
            assertThat(rows.get(rows.size() - 1).brandName()).isEqualTo(BrandSopVersion.SHARED_ROW);
            assertThat(sops.list()).filteredOn(sop -> sop.key().equals(key)).singleElement()
                    .satisfies(sop -> assertThat(sop.waitingForReview()).isZero());
        }
    }

    @Test
    void aNewerSharedVersionWaitingForReviewLeavesTheOlderOneLiveAndTheOlderOneIsSupersededOnceApproved() {
        ChangeIntake.atOnce(() -> SopTestModels.deploy(repositoryService, key, SopTestModels.model(key, false,
                "legal")));
        SopVersion v2;
        try (SignedIn signedIn = SignedIn.as(users, "admin")) {
            v2 = deploy(null);
            assertThat(sops.versions(key)).extracting(SopVersion::version, SopVersion::status)
                    .containsExactly(tuple(2, Status.IN_REVIEW), tuple(1, Status.LIVE));
            assertThat(sops.list()).filteredOn(sop -> sop.key().equals(key)).singleElement()
                    .satisfies(sop -> assertThat(sop.liveVersion()).isEqualTo(1));
        }
        String otherAdmin = TestUsers.ensure(users, brands, "sops-second-admin", Role.ADMIN);
        approve(v2, otherAdmin);
        try (SignedIn signedIn = SignedIn.as(users, "admin")) {
            assertThat(sops.versions(key)).extracting(SopVersion::version, SopVersion::status)
                    .containsExactly(tuple(2, Status.LIVE), tuple(1, Status.SUPERSEDED));
        }
    }

    private SopVersion deploy(String brand) {
        List<SopVersion> created = sops.deploy(SopTestModels.files(key, SopTestModels.model(key, false,
                "brand-reviewer")), brand);
        assertThat(created).hasSize(1);
        deployments.add(created.get(0).deploymentId());
        return created.get(0);
    }

    /** The review task, claimed and approved by the reviewer signed in to the engine, as the inbox does it. */
    private void approve(SopVersion version, String by) {
        ReviewSopChange.approve(taskService, engineIdentity, users,
                changes.findByDeployment(version.deploymentId()).orElseThrow(), by);
    }

    private static BrandSopVersion row(List<BrandSopVersion> rows, String brandId) {
        return rows.stream().filter(row -> brandId.equals(row.brandId())).findFirst().orElseThrow();
    }
}
