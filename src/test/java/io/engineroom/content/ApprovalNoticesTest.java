package io.engineroom.content;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The content approval SOP's reminders and escalations reach the task's people of the piece's brand, and nobody of
 * another brand: the review reminder (with the inbox badge), approval at risk, back to planning, post by hand and
 * verify publication. Timers are run by hand (executeJob), so nothing else moves.
 */
@EngineRoomIntegrationTest
class ApprovalNoticesTest {

    private static final String BRAND = "beanleaf";

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Notifications notifications;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    JdbcTemplate jdbc;

    String beanleafManager;
    String northwindManager;
    String beanleafReviewer;
    String northwindReviewer;
    long item;

    @BeforeEach
    void peopleOfBothBrandsAndAPieceWaitingForItsBrandReview() {
        beanleafManager = TestUsers.ensure(users, brands, "notice-sm-beanleaf", Role.SOCIAL_MANAGER, BRAND);
        northwindManager = TestUsers.ensure(users, brands, "notice-sm-northwind", Role.SOCIAL_MANAGER, "northwind");
        beanleafReviewer = TestUsers.ensure(users, brands, "notice-br-beanleaf", Role.BRAND_REVIEWER, BRAND);
        northwindReviewer = TestUsers.ensure(users, brands, "notice-br-northwind", Role.BRAND_REVIEWER, "northwind");
        Instant publishAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        item = content.plan(BRAND, new ContentBrief("Notices " + UUID.randomUUID(), "awareness", null,
                "Someone is waiting", null, null, publishAt, Set.of()));
        taskService.complete(task("WriteBrief").getId(), Map.of(OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "Someone is waiting"));
        taskService.complete(task("WriteCopy").getId(), Map.of(CAPTION.name(), "Waiting for a reviewer"));
    }

    @Test
    void aReviewLeftWaitingRemindsTheBrandsReviewersOnlyAndShowsAsRemindedInTheirInbox() {
        Task review = task("BrandReview");

        managementService.executeJob(job("BrandReviewWaiting"));

        List<NoticeSummary> reminders = notices(NoticeKind.REVIEW_REMINDER);
        assertThat(reminders).extracting(NoticeSummary::recipient).contains(beanleafReviewer)
                .doesNotContain(northwindReviewer, beanleafManager);
        assertThat(reminders).allSatisfy(notice -> {
            assertThat(notice.link()).isEqualTo("/task/" + review.getId());
            assertThat(notice.brandId()).isEqualTo(BRAND);
            assertThat(notice.subject()).startsWith("Reminder: Brand review");
        });
        assertThat(jdbc.queryForObject("select count(*) from outbound_delivery d join notice n on n.id = d.notice_id"
                + " where n.recipient = ? and n.kind = 'review-reminder' and d.channel = 'MAIL'", Integer.class,
                beanleafReviewer)).as("e-mailed too").isPositive();
        InboxEntry entry = inboxOf(beanleafReviewer).stream().filter(row -> row.taskId().equals(review.getId()))
                .findFirst().orElseThrow();
        assertThat(entry.isReminded()).isTrue();
    }

    @Test
    void atRiskTheBrandsManagersAreAskedToChaseAndPastThePublishTimeTheyHearItWentBackToPlanning() {
        managementService.executeJob(job("ApprovalAtRisk"));

        Task chase = task("ChaseApproval");
        List<NoticeSummary> atRisk = notices(NoticeKind.APPROVAL_AT_RISK);
        assertThat(atRisk).extracting(NoticeSummary::recipient).contains(beanleafManager)
                .doesNotContain(northwindManager, beanleafReviewer);
        assertThat(atRisk).allSatisfy(notice -> {
            assertThat(notice.link()).isEqualTo("/task/" + chase.getId());
            assertThat(notice.brandId()).isEqualTo(BRAND);
        });

        managementService.executeJob(job("PublishTimePassed"));

        assertThat(content.get(item).state()).isEqualTo("BACK_TO_PLANNING");
        List<NoticeSummary> back = notices(NoticeKind.BACK_TO_PLANNING);
        assertThat(back).extracting(NoticeSummary::recipient).contains(beanleafManager)
                .doesNotContain(northwindManager, beanleafReviewer);
        assertThat(back).allSatisfy(notice -> {
            assertThat(notice.link()).isEqualTo("/calendar");
            assertThat(notice.brandId()).isEqualTo(BRAND);
            assertThat(notice.body()).contains("passed before the piece was approved");
        });
    }

    @Test
    void whatDidNotClearlyPostTellsTheBrandsManagersOfEachTaskOnly() {
        WireMockServer mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        try {
            mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(502)));
            String brand = "notice-" + UUID.randomUUID().toString().substring(0, 8);
            AsAdmin.run(() -> brands.create(brand, "Notice Test", false));
            long toot = AsAdmin.call(() -> channels.addMastodon(brand, "@notice", mastodon.baseUrl(), "token-n",
                    true)).id();
            long byHand = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@notice", true)).id();
            String manager = TestUsers.ensure(users, brands, "notice-sm-" + brand, Role.SOCIAL_MANAGER, brand);
            long piece = content.plan(brand, new ContentBrief("Unclear " + UUID.randomUUID(), "awareness", null,
                    "Out it goes", null, null, Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES),
                    Set.of(toot, byHand)));
            item = piece;
            taskService.complete(task("WriteBrief").getId(), Map.of(OBJECTIVE.name(), "awareness",
                    KEY_MESSAGE.name(), "Out it goes"));
            taskService.complete(task("WriteCopy").getId(), Map.of(CAPTION.name(), "Out it goes, we hope"));
            taskService.complete(task("BrandReview").getId(), Map.of(REVIEW_DECISION.name(), "approve"));

            managementService.executeJob(job("UntilPublishTime"));

            Task verify = task("VerifyPublication");
            Task postIt = task("PostByHand");
            assertThat(notices(NoticeKind.VERIFY_PUBLICATION)).extracting(NoticeSummary::recipient,
                    NoticeSummary::link, NoticeSummary::brandId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(manager, "/task/" + verify.getId(), brand));
            assertThat(notices(NoticeKind.POST_BY_HAND)).extracting(NoticeSummary::recipient,
                    NoticeSummary::link, NoticeSummary::brandId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(manager, "/task/" + postIt.getId(), brand));
            assertThat(notices(NoticeKind.POST_BY_HAND)).extracting(NoticeSummary::recipient)
                    .doesNotContain(northwindManager, beanleafManager);
        } finally {
            mastodon.stop();
        }
    }

    private List<NoticeSummary> notices(NoticeKind kind) {
        return notifications.about("content:" + item).stream().filter(notice -> notice.kind() == kind).toList();
    }

    private List<InboxEntry> inboxOf(String userId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return inbox.page(new InboxFilter(BRAND, "content-approval"), 0, 500);
        }
    }

    private String job(String activityId) {
        String instance = content.get(item).processInstanceId();
        return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult()
                .getId();
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).taskDefinitionKey(key)
                .singleResult();
    }
}
