package io.engineroom.content;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_PUBLISH_AGAIN;
import static io.engineroom.content.ContentApprovalVariables.FINDING;
import static io.engineroom.content.ContentApprovalVariables.FINDING_NOTE;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AGAIN;
import static io.engineroom.content.ContentApprovalVariables.RESEND_NOTE;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicationAttemptSummary;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.publishing.domain.PublicationAttempt;
import io.engineroom.publishing.domain.PublicationAttemptRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A post lost because a node died mid-post (its attempt recorded as started, with no outcome) reaches "Verify
 * publication"; a social manager of the brand who finds it not posted has it published again, through the real
 * content-approval SOP, the real publishing path and a Mastodon stand-in. Resends are bounded, and only the task's
 * people can ask for one.
 */
@EngineRoomIntegrationTest
class ResendLostPostTest {

    private static final String STATUSES = "/api/v1/statuses";
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration JOB_EXECUTOR = Duration.ofSeconds(30);

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskInbox inbox;
    @Autowired
    PublishingService publishing;
    @Autowired
    PublicationAttemptRepository attempts;
    @Autowired
    ContentSettings settings;

    WireMockServer mastodon;
    String brand;
    String manager;
    ChannelSummary toot;

    @BeforeEach
    void aBrandOnMastodonWithItsSocialManager() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        brand = "resend-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Resend Test", false));
        toot = AsAdmin.call(() -> channels.addMastodon(brand, "@resend", mastodon.baseUrl(), "token-resend", true));
        manager = TestUsers.ensure(users, brands, "rs-" + brand, Role.SOCIAL_MANAGER, brand);
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void aPostWhoseNodeDiedMidPostIsFoundNotPostedPublishedAgainOnceAndTheItemIsPublished() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"501\",\"url\":\"https://masto.example/@resend/501\"}")));
        long item = approved("Lost in the crash");
        String key = Post.keyFor(item, toot.id());
        diedMidPost(item);

        // the job runs again on a surviving node: the started attempt blocks a blind resend
        managementService.executeJob(timerOf(item).getId());
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
        Task verify = task(item, "VerifyPublication");
        assertThat((String) taskService.getVariableLocal(verify.getId(), RESEND_NOTE.name()))
                .contains("publish it again (" + settings.resendLimit() + " more times)");

        complete(verify, Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(), "Not on the timeline",
                PUBLISH_AGAIN.name(), true));

        await().atMost(JOB_EXECUTOR).untilAsserted(() -> assertThat(content.get(item).state()).isEqualTo("PUBLISHED"));
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)).withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(containing("Lost in the crash")));
        assertThat(publishing.attempts(key)).satisfiesExactly(crashed -> {
            assertThat(crashed.outcome()).as("the dead node's attempt").isNull();
            assertThat(crashed.resolution()).isEqualTo("NOT_POSTED");
            assertThat(crashed.resolvedBy()).isEqualTo(manager);
            assertThat(crashed.resolutionNote()).isEqualTo("Not on the timeline");
        }, again -> {
            assertThat(again.attemptNo()).isEqualTo(2);
            assertThat(again.outcome()).isEqualTo(PublishOutcome.Status.PUBLISHED);
            assertThat(again.postUrl()).isEqualTo("https://masto.example/@resend/501");
        });
        await().atMost(JOB_EXECUTOR).untilAsserted(() -> assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + item).activityIdIn("ADayAfterPublishing").count())
                .isEqualTo(1));
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
    }

    @Test
    void afterTheLastResendAllowedAnotherIsRefusedAndThePersonDecidesByHand() {
        // the platform refuses every post: certainly not posted each time
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Validation failed\"}")));
        long item = approved("Refused every time");
        managementService.executeJob(timerOf(item).getId());
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));

        for (int resend = 1; resend <= settings.resendLimit(); resend++) {
            Task verify = task(item, "VerifyPublication");
            complete(verify, Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(), "Refused again",
                    PUBLISH_AGAIN.name(), true));
            int calls = 1 + resend;
            await().atMost(JOB_EXECUTOR).untilAsserted(() -> {
                mastodon.verify(calls, postRequestedFor(urlEqualTo(STATUSES)));
                assertThat(task(item, "VerifyPublication")).as("back to a person").isNotNull();
            });
        }
        Task last = task(item, "VerifyPublication");
        assertThat((String) taskService.getVariableLocal(last.getId(), RESEND_NOTE.name()))
                .contains("the most it may");

        assertThatThrownBy(() -> complete(last, Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(),
                "Still refused", PUBLISH_AGAIN.name(), true)))
                .isInstanceOfSatisfying(TaskActionException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKey(PUBLISH_AGAIN.name()));
        assertThat(task(item, "VerifyPublication").getId()).as("the task stays open").isEqualTo(last.getId());
        assertThat(lastAttempt(item).resolution()).as("nothing recorded for the refusal").isNull();

        complete(last, Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(), "Left unposted, told the client"));

        await().atMost(JOB_EXECUTOR).untilAsserted(() -> assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + item).activityIdIn("ADayAfterPublishing").count())
                .isEqualTo(1));
        mastodon.verify(1 + settings.resendLimit(), postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(publishing.attempts(Post.keyFor(item, toot.id()))).hasSize(1 + settings.resendLimit())
                .allSatisfy(attempt -> assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.FAILED));
        assertThat(lastAttempt(item).resolution()).isEqualTo("NOT_POSTED");
        assertThat(content.get(item).state()).isEqualTo("APPROVED");
    }

    @Test
    void onlyTheBrandsSocialManagersCanAskForAResendAndNotByWritingTheSopsList() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"7\"}")));
        long item = approved("Only my managers");
        diedMidPost(item);
        managementService.executeJob(timerOf(item).getId());
        Task verify = task(item, "VerifyPublication");
        String otherBrandsManager = TestUsers.ensure(users, brands, "rs-other-" + brand, Role.SOCIAL_MANAGER);
        String copywriter = TestUsers.ensure(users, brands, "rs-copy-" + brand, Role.COPYWRITER, brand);
        Map<String, Object> again = Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(), "Not there",
                PUBLISH_AGAIN.name(), true);

        for (String outsider : List.of(otherBrandsManager, copywriter)) {
            try (var signedIn = SignedIn.as(users, outsider)) {
                assertThatThrownBy(() -> inbox.complete(verify.getId(), again, UTC))
                        .as(outsider).isInstanceOf(TaskActionException.class).hasMessageContaining("not yours");
            }
        }
        // the SOP's list is not a form field: the task page refuses it, nothing saved
        assertThatThrownBy(() -> complete(verify, Map.of(FINDING.name(), "posted", "postUrl",
                "https://masto.example/@resend/1", CHANNELS_TO_PUBLISH_AGAIN.name(), List.of(toot.id()))))
                .isInstanceOf(TaskActionException.class).hasMessageContaining("own fields");

        assertThat(task(item, "VerifyPublication").getId()).isEqualTo(verify.getId());
        assertThat(lastAttempt(item).resolution()).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("content:" + item)
                .activityIdIn("PublishAgain").count()).isZero();
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(content.get(item).state()).isEqualTo("APPROVED");
    }

    /** What a node killed between recording the attempt and the platform's answer leaves behind. */
    private void diedMidPost(long item) {
        attempts.saveAndFlush(new PublicationAttempt(item, toot.id(), Post.keyFor(item, toot.id()), 1,
                Instant.now(), "POST " + mastodon.baseUrl() + STATUSES + " (the node died before the answer)"));
    }

    private long approved(String caption) {
        Instant publishAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        long item = content.plan(brand, new ContentBrief("Resend " + UUID.randomUUID(), "awareness", null,
                "Say it once", null, null, publishAt, Set.of(toot.id())));
        taskService.complete(task(item).getId(), Map.of(OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(),
                "Say it once"));
        taskService.complete(task(item).getId(), Map.of(CAPTION.name(), caption));
        taskService.complete(task(item).getId(), Map.of(REVIEW_DECISION.name(), "approve"));
        assertThat(content.get(item).state()).isEqualTo("APPROVED");
        return item;
    }

    /** As the brand's social manager on the task page: the form's checks first, then the engine's. */
    private void complete(Task task, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, manager)) {
            inbox.complete(task.getId(), values, UTC);
        }
    }

    private PublicationAttemptSummary lastAttempt(long item) {
        List<PublicationAttemptSummary> all = publishing.attempts(Post.keyFor(item, toot.id()));
        return all.get(all.size() - 1);
    }

    private org.camunda.bpm.engine.runtime.Job timerOf(long item) {
        String instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + item).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
    }

    private Task task(long item, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).taskDefinitionKey(key)
                .singleResult();
    }

    private Task task(long item) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }
}
