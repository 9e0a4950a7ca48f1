package io.engineroom.content;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.engineroom.content.ContentApprovalVariables.ATTEMPT_SUMMARY;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.CHANNEL_LABEL;
import static io.engineroom.content.ContentApprovalVariables.FINDING;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.POST_TEXT;
import static io.engineroom.content.ContentApprovalVariables.POST_URL;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.FreezeService;
import io.engineroom.publishing.ReleaseChoice;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicationAttemptSummary;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approved content waits for its publish time, then goes out once per channel through the real connectors
 * (a local Mastodon stub here); a channel that cannot confirm leads to a person, not to a retry.
 */
@EngineRoomIntegrationTest
class ScheduledPublishingTest {

    private static final String STATUSES = "/api/v1/statuses";

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
    FreezeService freezes;
    @Autowired
    UserDirectory users;
    @Autowired
    io.engineroom.workflow.TaskInbox inbox;
    @Autowired
    io.engineroom.publishing.PublishingService publishing;

    private static final java.time.ZoneId UTC = java.time.ZoneId.of("UTC");

    WireMockServer mastodon;
    String brand;
    ChannelSummary toot;
    ChannelSummary byHand;
    Instant publishAt;

    @BeforeEach
    void aBrandOnMastodonAndOnAChannelPostedByHand() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        brand = "sched-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Scheduling Test", false));
        toot = AsAdmin.call(() -> channels.addMastodon(brand, "@sched", mastodon.baseUrl(), "token-sched", true));
        byHand = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@sched", true));
        publishAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void atThePublishTimeTheApprovedCaptionIsPostedOnce() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"77\",\"url\":\"https://masto.example/@sched/77\"}")));
        long item = approvedFor(Set.of(toot.id()));
        Job timer = timerOf(item);
        assertThat(timer.getDuedate()).isEqualTo(Date.from(publishAt));
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));

        managementService.executeJob(timer.getId());

        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES))
                .withRequestBody(containing("Approved words for Mastodon")));
        assertThat(content.get(item).state()).isEqualTo("PUBLISHED");
        // nothing left to follow up: the SOP waits a day for the first metrics
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("content:" + item)
                .activityIdIn("ADayAfterPublishing").count()).isEqualTo(1);
    }

    @Test
    void aChannelPostedByHandAndAnUnclearAnswerEachBecomeATaskAndWhatPeopleFoundIsRecorded() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(502)));
        long item = approvedFor(Set.of(toot.id(), byHand.id()));

        managementService.executeJob(timerOf(item).getId());

        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
        Task verify = task(item, "VerifyPublication");
        Task postByHand = task(item, "PostByHand");
        assertThat(taskService.getVariableLocal(verify.getId(), CHANNEL_LABEL.name())).isEqualTo(toot.label());
        assertThat((String) taskService.getVariableLocal(verify.getId(), ATTEMPT_SUMMARY.name())).contains("502");
        assertThat(taskService.getVariableLocal(postByHand.getId(), CHANNEL_LABEL.name())).isEqualTo(byHand.label());
        assertThat(taskService.getVariableLocal(postByHand.getId(),
                POST_TEXT.name())).isEqualTo("Approved words for Mastodon");
        assertThat(content.get(item).state()).isEqualTo("APPROVED");

        brands.addMember(brand, "social-manager");
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            inbox.complete(postByHand.getId(), Map.of(POST_URL.name(), "https://instagram.example/p/sched1"), UTC);
            inbox.complete(verify.getId(), Map.of(FINDING.name(), "posted", POST_URL.name(),
                    "https://masto.example/@sched/5"),
                    UTC);
        }

        // each channel keeps its own link; nothing was sent again
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(content.get(item).state()).isEqualTo("PUBLISHED");
        assertThat(publishing.attempts(Post.keyFor(item, byHand.id()))).last()
                .extracting(PublicationAttemptSummary::postUrl).isEqualTo("https://instagram.example/p/sched1");
        assertThat(publishing.attempts(Post.keyFor(item, toot.id()))).last()
                .extracting(PublicationAttemptSummary::postUrl).isEqualTo("https://masto.example/@sched/5");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("content:" + item)
                .activityIdIn("ADayAfterPublishing").count()).isEqualTo(1);
    }

    @Test
    void postsHeldByAFreezeGoOutOnceInPublishTimeOrderWhenReleased() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200).withBody("{\"id\":\"1\"}")));
        brands.addMember(brand, "social-manager");
        freezes.freeze(brand, "Outage at the bank", "social-manager");
        long later = approvedFor(Set.of(toot.id()), "Later post", publishAt.plus(Duration.ofHours(1)));
        long sooner = approvedFor(Set.of(toot.id()), "Sooner post", publishAt);
        managementService.executeJob(timerOf(later).getId());
        managementService.executeJob(timerOf(sooner).getId());
        for (long held : new long[] {later, sooner}) {
            assertThat(runtimeService.createProcessInstanceQuery().activityIdIn("HeldByFreeze")
                    .processInstanceBusinessKey("content:" + held).count()).isEqualTo(1);
        }
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));

        freezes.release(brand, "social-manager", ReleaseChoice.PUBLISH_IN_ORDER);

        // content hears the release after it has committed, on a thread of its own (HeldPostsRelease)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            mastodon.verify(2, postRequestedFor(urlEqualTo(STATUSES)));
            assertThat(content.get(later).state()).isEqualTo("PUBLISHED");
            assertThat(content.get(sooner).state()).isEqualTo("PUBLISHED");
        });
        mastodon.verify(2, postRequestedFor(urlEqualTo(STATUSES)));
        List<String> bodies = mastodon.getAllServeEvents().stream()
                .sorted(java.util.Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> event.getRequest().getBodyAsString()).toList();
        assertThat(bodies.get(0)).contains("Sooner post");
        assertThat(bodies.get(1)).contains("Later post");
        assertThat(content.get(later).state()).isEqualTo("PUBLISHED");
        assertThat(content.get(sooner).state()).isEqualTo("PUBLISHED");
    }

    @Test
    void postsHeldByAFreezeCanGoBackToReviewOnRelease() {
        brands.addMember(brand, "social-manager");
        freezes.freeze(brand, "Offensive post by a partner", "social-manager");
        long item = approvedFor(Set.of(toot.id()));
        managementService.executeJob(timerOf(item).getId());

        freezes.release(brand, "social-manager", ReleaseChoice.BACK_TO_REVIEW);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(runtimeService.createProcessInstanceQuery()
                .activityIdIn("HeldByFreeze").processInstanceBusinessKey("content:" + item).count()).isZero());
        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("BrandReview");
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
    }

    @Test
    void reschedulingAnApprovedItemMovesItsWaitingTimer() {
        brands.addMember(brand, "social-manager");
        long item = approvedFor(Set.of(toot.id()));
        Instant later = publishAt.plus(Duration.ofDays(3));

        try (var signedIn = SignedIn.as(users, "social-manager")) {
            content.reschedule(item, later);
        }

        assertThat(timerOf(item).getDuedate()).isEqualTo(Date.from(later));
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
    }

    private long approvedFor(Set<Long> channelIds) {
        return approvedFor(channelIds, "Approved words for Mastodon", publishAt);
    }

    private long approvedFor(Set<Long> channelIds, String caption, Instant at) {
        long item = content.plan(brand, new ContentBrief("Scheduled " + UUID.randomUUID(), "awareness", null,
                "Say it once", null, null, at, channelIds));
        taskService.complete(task(item).getId(), Map.of(OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(),
                "Say it once"));
        taskService.complete(task(item).getId(), Map.of(CAPTION.name(), caption));
        taskService.complete(task(item).getId(), Map.of(REVIEW_DECISION.name(), "approve"));
        assertThat(content.get(item).state()).isEqualTo("APPROVED");
        return item;
    }

    private Job timerOf(long item) {
        String instance = task(item) == null ? historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + item).singleResult().getId() : null;
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
