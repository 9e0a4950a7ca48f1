package io.engineroom.content;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.engineroom.content.ContentApprovalVariables.ALL_PUBLISHED;
import static io.engineroom.content.ContentApprovalVariables.ATTEMPT_SUMMARY;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_BY_HAND;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_VERIFY;
import static io.engineroom.content.ContentApprovalVariables.CHANNEL_LABEL;
import static io.engineroom.content.ContentApprovalVariables.FINDING;
import static io.engineroom.content.ContentApprovalVariables.FINDING_NOTE;
import static io.engineroom.content.ContentApprovalVariables.POST_TEXT;
import static io.engineroom.content.ContentApprovalVariables.POST_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.FreezeService;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublicationAttemptSummary;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestSops;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * After the publish call: a channel posted by hand and a channel whose outcome is not certain each become a task
 * for a person, who says what is out there; the item is published once every channel is. Driven through the
 * engine with the real listeners (a test fragment of the SOP), the real connectors and a Mastodon stand-in.
 */
@EngineRoomIntegrationTest
class PublicationFollowUpTest {

    private static final String STATUSES = "/api/v1/statuses";
    private static final String CAPTION = "Our autumn blend is back";

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    ContentPublishing contentPublishing;
    @Autowired
    PublishingService publishing;
    @Autowired
    FreezeService freezes;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    UserDirectory users;
    @Autowired
    ContentItemRepository items;

    WireMockServer mastodon;
    String brand;
    String manager;
    ChannelSummary unclear;
    ChannelSummary confirming;
    ChannelSummary byHand;

    @BeforeEach
    void aBrandWithTwoMastodonAccountsAndAChannelPostedByHand() {
        TestSops.deploy(repositoryService, "post-by-hand.form", "verify-publication.form");
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        // one account's server answers with an error after storing the post (outcome unknown), the other confirms
        mastodon.stubFor(post(STATUSES).withHeader("Authorization", equalTo("Bearer token-unclear"))
                .willReturn(aResponse().withStatus(502)));
        mastodon.stubFor(post(STATUSES).withHeader("Authorization", equalTo("Bearer token-ok"))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"9\",\"url\":\"https://masto.example/@ok/9\"}")));
        brand = "follow-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Follow-up Test", false));
        unclear = AsAdmin.call(() -> channels.addMastodon(brand, "@unclear", mastodon.baseUrl(), "token-unclear",
                true));
        confirming = AsAdmin.call(() -> channels.addMastodon(brand, "@ok", mastodon.baseUrl(), "token-ok", false));
        byHand = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@follow", false));
        manager = TestUsers.ensure(users, brands, "fu-" + brand, Role.SOCIAL_MANAGER, brand);
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    @Test
    void anUnknownOutcomeBecomesOneVerifyTaskShowingWhatWasSentAndPostedWithALinkResolvesIt() {
        long item = planned(Set.of(unclear.id(), confirming.id(), byHand.id()));
        ProcessInstance instance = published(item);

        assertThat(CHANNELS_TO_VERIFY.get(runtimeService, instance.getId())).isEqualTo(List.of(unclear.id()));
        assertThat(CHANNELS_BY_HAND.get(runtimeService, instance.getId())).isEqualTo(List.of(byHand.id()));
        assertThat(ALL_PUBLISHED.get(runtimeService, instance.getId())).isEqualTo(false);
        Task verify = single(instance, "VerifyPublication");
        assertThat(taskService.getVariableLocal(verify.getId(), CHANNEL_LABEL.name())).isEqualTo("Mastodon @unclear");
        assertThat(taskService.getVariableLocal(verify.getId(), POST_TEXT.name())).isEqualTo(CAPTION);
        assertThat((String) taskService.getVariableLocal(verify.getId(), ATTEMPT_SUMMARY.name()))
                .contains("POST " + mastodon.baseUrl() + STATUSES).contains(CAPTION)
                .contains("outcome unknown").contains("HTTP 502");
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES))
                .withHeader("Authorization", equalTo("Bearer token-unclear")));

        complete(verify, Map.of(FINDING.name(), "posted", POST_URL.name(), "https://masto.example/@unclear/1"));

        assertThat(last(item, unclear)).satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.UNKNOWN);
            assertThat(attempt.resolution()).isEqualTo("POSTED");
            assertThat(attempt.postUrl()).isEqualTo("https://masto.example/@unclear/1");
            assertThat(attempt.resolvedBy()).isEqualTo(manager);
        });
        assertThat(content.get(item).state()).as("the Instagram post is still to be done").isNotEqualTo("PUBLISHED");

        Task postIt = single(instance, "PostByHand");
        assertThat(taskService.getVariableLocal(postIt.getId(), CHANNEL_LABEL.name())).isEqualTo("Instagram @follow");
        assertThat((String) taskService.getVariableLocal(postIt.getId(), ATTEMPT_SUMMARY.name())).contains("by hand");
        complete(postIt, Map.of(POST_URL.name(), "https://instagram.example/p/abc"));

        assertThat(content.get(item).state()).isEqualTo("PUBLISHED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        try (var signedIn = SignedIn.as(users, manager)) {
            assertThat(contentPublishing.outcomes(item)).extracting(ChannelPublication::channelLabel,
                    ChannelPublication::status, ChannelPublication::postUrl).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Mastodon @unclear", ChannelPublication.Status.PUBLISHED,
                                    "https://masto.example/@unclear/1"),
                            org.assertj.core.groups.Tuple.tuple("Mastodon @ok", ChannelPublication.Status.PUBLISHED,
                                    "https://masto.example/@ok/9"),
                            org.assertj.core.groups.Tuple.tuple("Instagram @follow", ChannelPublication.Status.PUBLISHED,
                                    "https://instagram.example/p/abc"));
        }
        mastodon.verify(2, postRequestedFor(urlEqualTo(STATUSES)));
    }

    @Test
    void notPostedIsRecordedAsTheItemsFailureOnThatChannel() {
        long item = planned(Set.of(unclear.id(), confirming.id()));
        ProcessInstance instance = published(item);

        complete(single(instance, "VerifyPublication"),
                Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(), "Not on the timeline an hour later"));

        assertThat(last(item, unclear).resolution()).isEqualTo("NOT_POSTED");
        assertThat(content.get(item).state()).isNotEqualTo("PUBLISHED");
        try (var signedIn = SignedIn.as(users, manager)) {
            ChannelPublication failed = contentPublishing.outcomes(item).get(0);
            assertThat(failed.status()).isEqualTo(ChannelPublication.Status.FAILED);
            assertThat(failed.reason()).contains("Not on the timeline an hour later");
            assertThat(failed.resolvedBy()).isEqualTo(manager);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aFailedPostThatAPersonPostedByHandIsRecordedWithItsLink() {
        mastodon.stubFor(post(STATUSES).withHeader("Authorization", equalTo("Bearer token-unclear"))
                .willReturn(aResponse().withStatus(422).withBody("{\"error\":\"Validation failed\"}")));
        long item = planned(Set.of(unclear.id()));
        ProcessInstance instance = published(item);
        Task verify = single(instance, "VerifyPublication");
        assertThat((String) taskService.getVariableLocal(verify.getId(), ATTEMPT_SUMMARY.name()))
                .contains("failed, not posted").contains("Validation failed");

        complete(verify, Map.of(FINDING.name(), "posted", POST_URL.name(), "https://masto.example/@unclear/2"));

        assertThat(last(item, unclear).resolution()).isEqualTo("POSTED");
        assertThat(content.get(item).state()).isEqualTo("PUBLISHED");
    }

    @Test
    void aChannelHeldByAFreezeIsVerifiedToo() {
        long item = planned(Set.of(confirming.id()));
        freezes.freeze(brand, "Outage", manager);
        ProcessInstance instance = published(item);
        Task verify = single(instance, "VerifyPublication");
        assertThat((String) taskService.getVariableLocal(verify.getId(),
                ATTEMPT_SUMMARY.name())).contains("sent nothing");
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));

        complete(verify, Map.of(FINDING.name(), "not-posted", FINDING_NOTE.name(), "Held by the freeze"));

        assertThat(publishing.attempts(Post.keyFor(item, confirming.id()))).singleElement().satisfies(attempt -> {
            assertThat(attempt.resolution()).isEqualTo("NOT_POSTED");
            assertThat(attempt.resolutionNote()).isEqualTo("Held by the freeze");
        });
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
    }

    @Test
    void aMissingOrInvalidLinkIsRefusedAndChangesNothing() {
        ChannelSummary secondByHand = AsAdmin.call(() -> channels.addManual(brand, Platform.LINKEDIN, "@follow",
                false));
        long item = planned(Set.of(byHand.id(), secondByHand.id()));
        ProcessInstance instance = published(item);
        List<Task> postTasks = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("PostByHand").list();
        assertThat(postTasks).hasSize(2);
        Task first = postTasks.get(0);
        Task second = postTasks.get(1);

        // the form checks the pattern; this link passes it, but has no host: the engine refuses, next to the field
        assertThatThrownBy(() -> complete(first, Map.of(POST_URL.name(), "https://?no-host")))
                .isInstanceOfSatisfying(TaskActionException.class,
                        refused -> assertThat(refused.fieldErrors()).containsKey(POST_URL.name()));
        // a caller without the form (Camunda REST, Tasklist) is refused by the listener alike
        taskService.claim(first.getId(), manager);
        assertThatThrownBy(() -> taskService.complete(first.getId(), Map.of(POST_URL.name(), "not a link")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("http(s) address");
        assertThat(openTask(first)).isTrue();
        assertThat(last(item, byHand).resolution()).isNull();
        assertThat(last(item, secondByHand).resolution()).isNull();

        complete(first, Map.of(POST_URL.name(), "https://instagram.example/p/first"));
        // the first channel's link must not be taken for the second's
        taskService.claim(second.getId(), manager);
        assertThatThrownBy(() -> taskService.complete(second.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Paste the link");
        assertThat(openTask(second)).isTrue();
        Set<String> resolvedUrls = new java.util.HashSet<>();
        for (ChannelSummary channel : List.of(byHand, secondByHand)) {
            PublicationAttemptSummary attempt = last(item, channel);
            if (attempt.resolution() != null) {
                resolvedUrls.add(attempt.postUrl());
            }
        }
        assertThat(resolvedUrls).containsExactly("https://instagram.example/p/first");
        assertThat(content.get(item).state()).isNotEqualTo("PUBLISHED");
    }

    @Test
    void onlyMembersOfTheBrandSeeThePublicationRecord() {
        long item = planned(Set.of(confirming.id()));
        published(item);
        String outsider = TestUsers.ensure(users, brands, "fo-" + brand, Role.SOCIAL_MANAGER);

        try (var signedIn = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> contentPublishing.outcomes(item)).isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, manager)) {
            assertThat(contentPublishing.outcomes(item)).singleElement()
                    .satisfies(outcome -> assertThat(outcome.status()).isEqualTo(ChannelPublication.Status.PUBLISHED));
        }
    }

    private long planned(Set<Long> channelIds) {
        return content.plan(brand, new ContentBrief("Follow-up " + UUID.randomUUID(), "awareness", null,
                "Autumn", null, null, null, channelIds));
    }

    private ProcessInstance published(long item) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("brand", brand);
        variables.put("contentItemId", item);
        variables.put("caption", CAPTION);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("publication-follow-up-test",
                "content:" + item, variables);
        // the steps act on the item whose record names their instance: here the test's own instance runs it
        ContentItem record = items.findById(item).orElseThrow();
        record.startedAs(instance.getId());
        items.save(record);
        taskService.complete(single(instance, "Adopt").getId());
        return instance;
    }

    private Task single(ProcessInstance instance, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private boolean openTask(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).count() == 1;
    }

    /** As the social manager on the task page: the form's checks first, then the engine's. */
    private void complete(Task task, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, manager)) {
            inbox.complete(task.getId(), values, ZoneId.of("UTC"));
        }
    }

    private PublicationAttemptSummary last(long item, ChannelSummary channel) {
        List<PublicationAttemptSummary> attempts = publishing.attempts(Post.keyFor(item, channel.id()));
        return attempts.get(attempts.size() - 1);
    }
}
