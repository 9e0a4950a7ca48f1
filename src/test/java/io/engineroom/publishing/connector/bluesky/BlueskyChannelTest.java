package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.brand.TokenState;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.listening.PlatformListening;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Bluesky channel in the whole application (PostgreSQL, the app's services) against a stand-in PDS: connected
 * with {@link ChannelService#addPlatformAccount}, an unknown publish outcome checked on the channel at once and
 * resolved by Engine Room, notifications polled twice with the cursor read back from the database in between, and
 * a refused session marking the channel's token refused. The requests and answers are those of
 * {@link BlueskyPublishingTest} and {@link BlueskyListeningTest}.
 */
@EngineRoomIntegrationTest
class BlueskyChannelTest {

    static final String DID = BlueskyStandIn.DID;
    static final String LIST = "/xrpc/app.bsky.notification.listNotifications";

    @Autowired
    PublishingService publishing;
    @Autowired
    InteractionIntake intake;
    @Autowired
    ChannelService channels;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    PlatformListening listening;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    WireMockServer pds;
    ChannelSummary channel;

    @BeforeEach
    void aBrandWithABlueskyChannel() {
        pds = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        pds.start();
        warmUp();
        String brand = "bsky-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Bluesky Test", false));
        // the session is good for two hours: no refresh before the calls
        channel = AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.BLUESKY, new AccountTokens(DID,
                "@brand.bsky.social", pds.baseUrl(), "access-1", "refresh-1", clock.instant()
                        .plus(Duration.ofHours(2))), false));
    }

    @AfterEach
    void stop() {
        pds.stop();
    }

    @Test
    void anUnknownOutcomeIsFoundUnderItsRecordKeyAndResolvedAsPostedByEngineRoom() {
        long item = System.nanoTime() % 1_000_000_000L;
        String key = Post.keyFor(item, channel.id());
        String rkey = RecordKeys.tid(key);
        String uri = BlueskyStandIn.postUri(rkey);
        pds.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}")));
        pds.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.getRecord")).withQueryParam("rkey", equalTo(rkey))
                .willReturn(okJson("{\"uri\":\"" + uri + "\",\"cid\":\"bafyreig2\",\"value\":{\"$type\":"
                        + "\"app.bsky.feed.post\",\"text\":\"Fresh pastries today\"}}")));

        PublishOutcome outcome = publishing.publish(item, channel.id(), "Fresh pastries today", null);

        String url = "https://bsky.app/profile/brand.bsky.social/post/" + rkey;
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(url, uri));
        assertThat(publishing.attempts(key)).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(PublishOutcome.Status.UNKNOWN);
            assertThat(attempt.resolution()).isEqualTo("POSTED");
            assertThat(attempt.resolvedBy()).isEqualTo(PublishingService.AUTOMATIC_CHECK).isEqualTo("engine-room");
            assertThat(attempt.postUrl()).isEqualTo(url);
            assertThat(attempt.remoteId()).isEqualTo(uri);
        });
        // posted: publishing the item again sends nothing
        assertThat(publishing.publish(item, channel.id(), "Fresh pastries today", null))
                .isInstanceOf(PublishOutcome.Published.class);
        pds.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.repo.createRecord"))
                .withHeader("Authorization", equalTo("Bearer access-1")));
    }

    @Test
    void aSecondPollReadsOnFromTheCursorTheFirstStoredInTheDatabase() {
        pds.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("cursor", absent()).willReturn(okJson(
                BlueskyListeningTest.page("older-1", BlueskyListeningTest.notification("3l1", "reply", "Love it",
                        "2026-12-05T08:10:00.000Z")))));

        int first = listening.poll(channel.id());
        String stored = cursor();
        pds.resetAll();
        pds.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("cursor", absent()).willReturn(okJson(
                BlueskyListeningTest.page("older-2",
                        BlueskyListeningTest.notification("3l2", "mention", "Hi @brand.bsky.social",
                                "2026-12-05T08:20:00.000Z"),
                        BlueskyListeningTest.notification("3l1", "reply", "Love it", "2026-12-05T08:10:00.000Z"),
                        BlueskyListeningTest.notification("3l0", "reply", "Older than the stored mark",
                                "2026-12-05T08:00:00.000Z")))));
        int second = listening.poll(channel.id());

        assertThat(first).isEqualTo(1);
        assertThat(stored).contains("at://did:plc:fan5x/app.bsky.feed.post/3l1");
        assertThat(second).isEqualTo(1);
        intake.startQueued(channel.id());
        assertThat(jdbc.queryForList("select external_id from interaction where channel_id = ? order by external_id",
                String.class, channel.id())).containsExactly("at://did:plc:fan5x/app.bsky.feed.post/3l1",
                "at://did:plc:fan5x/app.bsky.feed.post/3l2");
        assertThat(cursor()).contains("at://did:plc:fan5x/app.bsky.feed.post/3l2");
        pds.verify(1, getRequestedFor(urlPathEqualTo(LIST)));
    }

    @Test
    void aRefusedSessionMarksTheChannelsTokenRefusedAndNothingIsSentAfterwards() {
        pds.stubFor(get(urlPathEqualTo(LIST)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Authentication Required\"}")));

        assertThat(listening.poll(channel.id())).isZero();

        ChannelTokens.AccountState state = tokens.state(channel.id());
        assertThat(state.state()).isEqualTo(TokenState.REFUSED);
        assertThat(state.problem()).contains("401");
        assertThat(publishing.publish(System.nanoTime() % 1_000_000_000L, channel.id(), "Hello", null))
                .isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> assertThat(failed.reason())
                        .contains("connected again"));
        pds.verify(0, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.repo.createRecord")));
    }

    /**
     * One request before the test's own: a fresh stand-in's first answer can take longer than the app's 2 s timeout
     * on a busy machine, which would turn a refusal into "no answer".
     */
    private void warmUp() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pds.baseUrl() + "/warm-up"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("The stand-in PDS did not answer", e);
        }
        pds.resetRequests();
    }

    private String cursor() {
        return jdbc.queryForObject("select cursor_value from listening_cursor where channel_id = ? and stream = ?",
                String.class, channel.id(), "notifications");
    }
}
