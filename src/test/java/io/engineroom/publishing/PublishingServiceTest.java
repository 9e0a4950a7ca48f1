package io.engineroom.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publishing through the service on PostgreSQL against a stand-in Mastodon server: every call recorded, a posted
 * key never sent again, an unknown outcome blocks the key until a person resolves it.
 */
@EngineRoomIntegrationTest
class PublishingServiceTest {

    static final String STATUSES = "/api/v1/statuses";
    static final String OK = "{\"id\":\"77\",\"url\":\"https://social.example/@pub/77\"}";

    @Autowired
    PublishingService publishing;
    @Autowired
    FreezeService freezes;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;

    WireMockServer mastodon;
    String brand;
    ChannelSummary channel;
    long contentItem;
    String key;

    @BeforeEach
    void aBrandWithAMastodonChannel() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        brand = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Publishing Test", false));
        channel = AsAdmin.call(() -> channels.addMastodon(brand, "@pub", mastodon.baseUrl(), "token-xyz", true));
        contentItem = System.nanoTime() % 1_000_000_000L;
        key = Post.keyFor(contentItem, channel.id());
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    PublishOutcome publish() {
        return publishing.publish(contentItem, channel.id(), "Spring is here", null);
    }

    @Test
    void aPublishedKeyIsNeverSentAgain() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200).withBody(OK)));

        PublishOutcome first = publish();
        PublishOutcome second = publish();

        assertThat(first).isEqualTo(new PublishOutcome.Published("https://social.example/@pub/77", "77"));
        assertThat(second).isEqualTo(first);
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(publishing.attempts(key)).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.PUBLISHED);
            assertThat(attempt.postUrl()).isEqualTo("https://social.example/@pub/77");
            assertThat(attempt.requestSummary()).contains(STATUSES).contains(key).contains("Spring is here");
            assertThat(attempt.finishedAt()).isAfterOrEqualTo(attempt.startedAt());
        });
    }

    @Test
    void anUnknownOutcomeBlocksTheKeyUntilAPersonSaysItWasPosted() {
        // Mastodon stores the status, but its answer comes after our 2 s timeout
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200).withBody(OK).withFixedDelay(3_000)));

        assertThat(publish()).isInstanceOf(PublishOutcome.Unknown.class);
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));

        assertThatThrownBy(this::publish).isInstanceOf(PublishRefused.class).hasMessageContaining("resolve");
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));

        String manager = TestUsers.ensure(users, brands, "pm-" + brand, Role.SOCIAL_MANAGER, brand);
        PublicationAttemptSummary resolved = publishing.resolve(key,
                Resolution.posted("https://social.example/@pub/77"), manager);

        assertThat(resolved.resolution()).isEqualTo("POSTED");
        assertThat(resolved.resolvedBy()).isEqualTo(manager);
        assertThat(publish()).isEqualTo(new PublishOutcome.Published("https://social.example/@pub/77", null));
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(publishing.attempts(key)).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.UNKNOWN));
    }

    @Test
    void afterNotPostedOrAFailureTheKeyMayBeSentAgain() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(502)));
        assertThat(publish()).isInstanceOf(PublishOutcome.Unknown.class);
        publishing.resolve(key, Resolution.notPosted(), "someone");

        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(422).withBody("{\"error\":\"too long\"}")));
        assertThat(publish()).isInstanceOf(PublishOutcome.Failed.class);

        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200).withBody(OK)));
        assertThat(publish()).isInstanceOf(PublishOutcome.Published.class);

        mastodon.verify(3, postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(publishing.attempts(key)).extracting(PublicationAttemptSummary::attemptNo,
                PublicationAttemptSummary::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, PublishOutcome.Status.UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(2, PublishOutcome.Status.FAILED),
                        org.assertj.core.groups.Tuple.tuple(3, PublishOutcome.Status.PUBLISHED));
    }

    @Test
    void theStartedRowIsCommittedBeforeTheRequestLeaves() throws Exception {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200).withBody(OK).withFixedDelay(1_200)));

        CompletableFuture<PublishOutcome> call = CompletableFuture.supplyAsync(this::publish);
        long deadline = System.currentTimeMillis() + 5_000;
        while (mastodon.findAll(postRequestedFor(urlEqualTo(STATUSES))).isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }

        // what a crash at this moment would leave behind
        assertThat(publishing.attempts(key)).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcomeRecorded()).isFalse();
            assertThat(attempt.finishedAt()).isNull();
        });
        assertThatThrownBy(this::publish).isInstanceOf(PublishRefused.class)
                .hasMessageContaining("outcome not recorded");

        assertThat(call.get(5, TimeUnit.SECONDS)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(publishing.attempts(key)).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.PUBLISHED));
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
    }

    @Test
    void aFrozenBrandPostsNothing() {
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200).withBody(OK)));
        String lead = TestUsers.ensure(users, brands, "pc-" + brand, Role.CRISIS_LEAD, brand);
        freezes.freeze(brand, "Crisis", lead);

        assertThatThrownBy(this::publish).isInstanceOf(PublishRefused.class).hasMessageContaining("frozen");

        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(publishing.attempts(key)).isEmpty();
    }

    @Test
    void aManualChannelWaitsForAPersonWithoutNewAttempts() {
        ChannelSummary x = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@pub", true));
        String manualKey = Post.keyFor(contentItem, x.id());

        PublishOutcome first = publishing.publish(contentItem, x.id(), "Spring is here", null);
        PublishOutcome second = publishing.publish(contentItem, x.id(), "Spring is here", null);

        assertThat(first).isInstanceOf(PublishOutcome.NeedsPerson.class);
        assertThat(second).isEqualTo(first);
        assertThat(publishing.attempts(manualKey)).hasSize(1);

        publishing.resolve(manualKey, Resolution.posted("https://x.example/pub/status/1"), "someone");
        assertThat(publishing.publish(contentItem, x.id(), "Spring is here", null))
                .isEqualTo(new PublishOutcome.Published("https://x.example/pub/status/1", null));
    }
}
