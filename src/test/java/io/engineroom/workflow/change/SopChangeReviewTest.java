package io.engineroom.workflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeMigration;
import io.engineroom.workflow.SopChangeReviews;
import io.engineroom.workflow.SopChangeReviews.ChangeUnderReview;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanges;
import io.engineroom.workflow.SopTestModels;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review of an SOP change on PostgreSQL, as people do it: four eyes (the proposer can neither claim nor complete
 * it), an approval that moves the brand's running work when asked, a rejection that leaves nothing live and tells
 * the proposer, an administrator's emergency activation, and a shared change reviewed by administrators only.
 */
@EngineRoomIntegrationTest
class SopChangeReviewTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    LiveSops live;
    @Autowired
    SopChangeTable changes;
    @Autowired
    SopChanges sopChanges;
    @Autowired
    SopChangeReviews reviews;
    @Autowired
    Notifications notifications;
    @Autowired
    ContentService content;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String proposer;
    String reviewer;

    @BeforeEach
    void people() {
        proposer = TestUsers.ensure(users, brands, "review-proposer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        reviewer = TestUsers.ensure(users, brands, "review-reviewer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf",
                "northwind");
    }

    @Test
    void theProposerCannotApproveTheirOwnChangeButAnotherManagerOfTheBrandCanAndMovesTheBrandsRunningWork()
            throws IOException {
        ProcessDefinition before = live.process("content-approval", "beanleaf").orElseThrow();
        ProcessDefinition northwindBefore = live.process("content-approval", "northwind").orElseThrow();
        long beanleafItem = content.plan("beanleaf", "Review test " + UUID.randomUUID() + ": moves along");
        long northwindItem = content.plan("northwind", "Review test " + UUID.randomUUID() + ": stays");
        SopChange change = propose(proposer, "beanleaf", false);
        ProcessDefinition proposed = repositoryService.createProcessDefinitionQuery()
                .deploymentId(change.deploymentId()).singleResult();
        Task review = reviewTask(change);

        assertThatThrownBy(() -> taskService.claim(review.getId(), proposer))
                .hasMessageContaining("proposed this SOP change");
        identityService.setAuthentication(proposer, List.of(Role.SOCIAL_MANAGER.groupId()), List.of("beanleaf"));
        try {
            assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("reviewDecision", "approve")))
                    .hasMessageContaining("proposed this SOP change");
        } finally {
            identityService.clearAuthentication();
        }
        try (var signedIn = SignedIn.as(users, proposer)) {
            assertThatThrownBy(() -> inbox.complete(review.getId(), Map.of("reviewDecision", "approve"),
                    ZoneOffset.UTC)).isInstanceOf(TaskActionException.class)
                    .hasMessageContaining("proposed this SOP change");
        }
        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.IN_REVIEW);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();

        try (var signedIn = SignedIn.as(users, reviewer)) {
            ChangeUnderReview seen = reviews.forTask(review.getId()).orElseThrow();
            assertThat(seen.change().id()).isEqualTo(change.id());
            assertThat(seen.lint()).isEmpty();
            assertThat(seen.migrations()).singleElement().satisfies(migration -> {
                assertThat(migration.model().replacesDefinitionId()).isEqualTo(before.getId());
                assertThat(migration.instances()).allSatisfy(instance -> assertThat(instance.brand())
                        .isEqualTo("beanleaf"));
                assertThat(migration.movable()).anySatisfy(instance -> assertThat(instance.businessKey())
                        .isEqualTo("content:" + beanleafItem));
            });

            inbox.complete(review.getId(), Map.of("reviewDecision", "approve", "migrateInstances", true),
                    ZoneOffset.UTC);
        }

        SopChange approved = changes.find(change.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(SopChangeStatus.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo(reviewer);
        assertThat(live.process("content-approval", "beanleaf")).map(ProcessDefinition::getId)
                .contains(proposed.getId());
        await().atMost(Duration.ofSeconds(60)).until(() -> !migrations(change).isEmpty());
        assertThat(migrations(change)).singleElement().satisfies(migration -> {
            assertThat(migration.requestedBy()).isEqualTo(reviewer);
            assertThat(migration.sourceDefinitionId()).isEqualTo(before.getId());
            assertThat(migration.moved()).isPositive();
        });
        assertThat(definitionOf(beanleafItem)).isEqualTo(proposed.getId());
        assertThat(definitionOf(northwindItem)).isEqualTo(northwindBefore.getId());
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesOf(proposer).stream().anyMatch(notice ->
                ("sop-change:" + change.id()).equals(notice.topic())
                        && notice.subject().startsWith("Your SOP change is live")));
    }

    @Test
    void aRejectionWithACommentLeavesNothingActiveAndTellsTheProposer() throws IOException {
        ProcessDefinition processBefore = live.process("content-approval", "beanleaf").orElseThrow();
        DecisionDefinition decisionBefore = live.decision("approval-stages", "beanleaf").orElseThrow();
        SopChange change = propose(proposer, "beanleaf", true);
        Task review = reviewTask(change);

        try (var signedIn = SignedIn.as(users, reviewer)) {
            assertThatThrownBy(() -> inbox.complete(review.getId(), Map.of("reviewDecision", "reject"),
                    ZoneOffset.UTC)).isInstanceOf(TaskActionException.class)
                    .satisfies(refused -> assertThat(((TaskActionException) refused).fieldErrors())
                            .containsKey("reviewComment"));
            inbox.complete(review.getId(), Map.of("reviewDecision", "reject", "reviewComment",
                    "Keep the legal review for paid promotions"), ZoneOffset.UTC);
        }

        SopChange rejected = changes.find(change.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(SopChangeStatus.REJECTED);
        assertThat(rejected.reviewComment()).isEqualTo("Keep the legal review for paid promotions");
        assertThat(live.isLive(change.deploymentId())).isFalse();
        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(change.deploymentId())
                .singleResult().isSuspended()).isTrue();
        assertThat(live.process("content-approval", "beanleaf")).map(ProcessDefinition::getId)
                .contains(processBefore.getId());
        assertThat(live.decision("approval-stages", "beanleaf")).map(DecisionDefinition::getId)
                .contains(decisionBefore.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(change.reviewInstanceId()).count())
                .isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesOf(proposer).stream()
                .anyMatch(notice -> ("sop-change:" + change.id()).equals(notice.topic())));
        assertThat(noticesOf(proposer)).filteredOn(notice -> ("sop-change:" + change.id()).equals(notice.topic()))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.subject()).startsWith("Your SOP change was rejected");
                    assertThat(notice.body()).contains(reviewer, "Keep the legal review for paid promotions");
                });
    }

    @Test
    void anEmergencyActivationNeedsAReasonIsForAdministratorsOnlyAndEndsTheReview() throws IOException {
        SopChange change = propose(proposer, "beanleaf", false);

        try (var signedIn = SignedIn.as(users, "admin")) {
            for (String noReason : new String[] {null, "   ", "urgent"}) {
                assertThatThrownBy(() -> sopChanges.activateNow(change.id(), noReason))
                        .isInstanceOf(InvalidInput.class)
                        .satisfies(refused -> assertThat(((InvalidInput) refused).problems()).containsKey("reason"));
            }
        }
        try (var signedIn = SignedIn.as(users, reviewer)) {
            assertThatThrownBy(() -> sopChanges.activateNow(change.id(), "The old one posts at the wrong hour"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.IN_REVIEW);

        SopChange activated;
        try (var signedIn = SignedIn.as(users, "admin")) {
            activated = sopChanges.activateNow(change.id(), "  The old one posts at the wrong hour  ");
        }

        assertThat(activated.status()).isEqualTo(SopChangeStatus.EMERGENCY);
        assertThat(activated.emergencyReason()).isEqualTo("The old one posts at the wrong hour");
        assertThat(activated.activatedBy()).isEqualTo("admin");
        ProcessDefinition proposed = repositoryService.createProcessDefinitionQuery()
                .deploymentId(change.deploymentId()).singleResult();
        assertThat(proposed.isSuspended()).isFalse();
        assertThat(live.process("content-approval", "beanleaf")).map(ProcessDefinition::getId)
                .contains(proposed.getId());
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(change.reviewInstanceId())
                .activityId("ReviewEnded").finished().count()).isOne();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(change.reviewInstanceId())
                .singleResult().getEndTime()).isNotNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesOf(proposer).stream()
                .anyMatch(notice -> ("sop-change:" + change.id()).equals(notice.topic())
                        && notice.body().contains("The old one posts at the wrong hour")));
    }

    @Test
    void aSharedChangesReviewIsOfferedToAdministratorsOnly() {
        String admin = TestUsers.ensure(users, brands, "review-proposer-admin", Role.ADMIN);
        String key = "sops-test-shared-" + UUID.randomUUID().toString().substring(0, 8);
        identityService.setAuthentication(admin, List.of(Role.ADMIN.groupId()), List.of());
        String deploymentId;
        try {
            deploymentId = repositoryService.createDeployment().name("shared-review-test")
                    .addString(key + ".bpmn", SopTestModels.model(key, false, "legal"))
                    .addString(SopTestModels.FORM_FILE, new String(SopTestModels.form(), StandardCharsets.UTF_8))
                    .deploy().getId();
        } finally {
            identityService.clearAuthentication();
        }
        SopChange change = changes.findByDeployment(deploymentId).orElseThrow();
        assertThat(change.shared()).isTrue();
        Task review = reviewTask(change);

        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .contains(Role.ADMIN.groupId()).doesNotContain(Role.SOCIAL_MANAGER.groupId());
        assertThatThrownBy(() -> taskService.claim(review.getId(), reviewer))
                .hasMessageContaining("reviewed by an administrator");
        try (var signedIn = SignedIn.as(users, reviewer)) {
            assertThat(reviews.forTask(review.getId())).isEmpty();
        }

        // the demo administrator, who did not propose it, rejects it: no open task is left for later tests
        try (var signedIn = SignedIn.as(users, "admin")) {
            assertThat(reviews.forTask(review.getId())).map(seen -> seen.change().id()).contains(change.id());
            inbox.complete(review.getId(), Map.of("reviewDecision", "reject", "reviewComment",
                    "Test model, not for use"), ZoneOffset.UTC);
        }
        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.REJECTED);
    }

    /** Deploys content-approval (and approval-stages, if asked) with a new name as the person, for the brand. */
    private SopChange propose(String userId, String brand, boolean withDecision) throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String model = Files.readString(Path.of("processes/content-approval.bpmn"), StandardCharsets.UTF_8)
                .replace("name=\"Content approval\"", "name=\"Content approval " + marker + "\"");
        DeploymentBuilder builder = repositoryService.createDeployment().name("review-test-" + marker)
                .tenantId(brand).addString("content-approval.bpmn", model);
        if (withDecision) {
            builder.addString("approval-stages.dmn", Files.readString(Path.of("processes/approval-stages.dmn"),
                    StandardCharsets.UTF_8).replaceFirst("name=\"([^\"]*)\"", "name=\"$1 " + marker + "\""));
        }
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                builder.addString(form.getFileName().toString(), Files.readString(form, StandardCharsets.UTF_8));
            }
        }
        identityService.setAuthentication(userId, List.of(Role.SOCIAL_MANAGER.groupId()), List.of(brand));
        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } finally {
            identityService.clearAuthentication();
        }
        SopChange change = changes.findByDeployment(deployment.getId()).orElseThrow();
        assertThat(change.status()).isEqualTo(SopChangeStatus.IN_REVIEW);
        return change;
    }

    private Task reviewTask(SopChange change) {
        return taskService.createTaskQuery().processInstanceId(change.reviewInstanceId()).singleResult();
    }

    private List<SopChangeMigration> migrations(SopChange change) {
        try (var signedIn = SignedIn.as(users, reviewer)) {
            return reviews.migrations(change.id());
        }
    }

    private String definitionOf(long contentItemId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("content:" + contentItemId)
                .singleResult().getProcessDefinitionId();
    }

    private List<NoticeSummary> noticesOf(String userId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return notifications.mine();
        }
    }
}
