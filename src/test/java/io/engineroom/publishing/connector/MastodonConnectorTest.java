package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mastodon connector against a local stand-in server: one request per call, outcomes by answer. */
class MastodonConnectorTest {

    static final String KEY = "content:42:channel:7";

    WireMockServer mastodon;
    MastodonConnector connector;

    @BeforeEach
    void start() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        // media still processing is checked every 50 ms for at most a second
        connector = new MastodonConnector(new ConnectorHttp(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new ObjectMapper(), Duration.ofMillis(50), Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    Post statusPost(Media... media) {
        return new Post(new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON,
                mastodon.baseUrl(), "token-123", null, null), "Hello, fediverse", List.of(media), KEY);
    }

    @Test
    void postsOnceWithTokenAndIdempotencyKeyAndReadsTheUrl() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1101\",\"url\":\"https://social.example/@brand/1101\"}")));

        PublishOutcome outcome = connector.publish(statusPost());

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://social.example/@brand/1101", "1101"));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer token-123"))
                .withHeader("Idempotency-Key", equalTo(KEY))
                .withRequestBody(equalToJson("{\"status\":\"Hello, fediverse\"}")));
    }

    @Test
    void uploadsMediaFirstThenPostsTheStatusWithItsId() {
        mastodon.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(200).withBody("{\"id\":\"m-9\"}")));
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1102\",\"url\":\"https://social.example/@brand/1102\"}")));

        PublishOutcome outcome = connector.publish(statusPost(new Media(new byte[] {1, 2, 3}, "image/png", "teaser.png")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://social.example/@brand/1102", "1102"));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v2/media"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBody(containing("filename=\"teaser.png\"")));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(equalToJson("{\"status\":\"Hello, fediverse\",\"media_ids\":[\"m-9\"]}")));
    }

    @Test
    void aRefusedMediaUploadPostsNoStatus() {
        mastodon.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(413)));

        PublishOutcome outcome = connector.publish(statusPost(new Media(new byte[] {1}, "image/png", "big.png")));

        assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
        mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void uploadsEachMediumWithItsAltTextThenPostsTheStatusWithAllIdsInOrder() {
        mastodon.stubFor(post("/api/v2/media").withRequestBody(containing("filename=\"first.png\""))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"m-1\"}")));
        mastodon.stubFor(post("/api/v2/media").withRequestBody(containing("filename=\"second.jpg\""))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"m-2\"}")));
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1104\",\"url\":\"https://social.example/@brand/1104\"}")));

        PublishOutcome outcome = connector.publish(statusPost(
                new Media(new byte[] {1, 2}, "image/png", "first.png", "A latte with a leaf on top", null),
                new Media(new byte[] {3, 4}, "image/jpeg", "second.jpg", null, null)));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://social.example/@brand/1104", "1104"));
        List<LoggedRequest> uploads = mastodon.findAll(postRequestedFor(urlEqualTo("/api/v2/media")));
        assertThat(uploads).hasSize(2);
        assertThat(uploads.get(0).getBodyAsString()).contains("name=\"description\"")
                .contains("A latte with a leaf on top");
        assertThat(uploads.get(1).getBodyAsString()).doesNotContain("name=\"description\"");
        assertThat(uploads).allSatisfy(upload -> assertThat(upload.getHeader("Authorization"))
                .isEqualTo("Bearer token-123"));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(equalToJson("{\"status\":\"Hello, fediverse\",\"media_ids\":[\"m-1\",\"m-2\"]}")));
    }

    @Test
    void aFailedSecondUploadPostsNoStatus() {
        mastodon.stubFor(post("/api/v2/media").withRequestBody(containing("filename=\"first.png\""))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"m-1\"}")));
        mastodon.stubFor(post("/api/v2/media").withRequestBody(containing("filename=\"second.png\""))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"storage down\"}")));

        PublishOutcome outcome = connector.publish(statusPost(new Media(new byte[] {1}, "image/png", "first.png"),
                new Media(new byte[] {2}, "image/png", "second.png")));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("second.png").contains("500").contains("status not posted"));
        mastodon.verify(2, postRequestedFor(urlEqualTo("/api/v2/media")));
        mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void mediaStillProcessingIsWaitedForBeforeTheStatus() {
        mastodon.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(202)
                .withBody("{\"id\":\"m-7\",\"url\":null}")));
        mastodon.stubFor(get("/api/v1/media/m-7").inScenario("processing").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(206).withBody("{\"id\":\"m-7\",\"url\":null}"))
                .willSetStateTo("processed"));
        mastodon.stubFor(get("/api/v1/media/m-7").inScenario("processing").whenScenarioStateIs("processed")
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"m-7\",\"url\":\"https://x/m-7.mp4\"}")));
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1105\",\"url\":\"https://social.example/@brand/1105\"}")));

        PublishOutcome outcome = connector.publish(statusPost(new Media(new byte[] {5}, "video/mp4", "clip.mp4")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://social.example/@brand/1105", "1105"));
        mastodon.verify(2, getRequestedFor(urlEqualTo("/api/v1/media/m-7")));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(equalToJson("{\"status\":\"Hello, fediverse\",\"media_ids\":[\"m-7\"]}")));
    }

    @Test
    void mediaThatNeverFinishesProcessingPostsNoStatus() {
        mastodon.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(202).withBody("{\"id\":\"m-8\"}")));
        mastodon.stubFor(get("/api/v1/media/m-8").willReturn(aResponse().withStatus(206).withBody("{\"id\":\"m-8\"}")));

        PublishOutcome outcome = connector.publish(statusPost(new Media(new byte[] {5}, "video/mp4", "long.mp4")));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("still processing long.mp4"));
        mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void aVideoWithOtherMediaIsRefusedBeforeAnyRequest() {
        PublishOutcome outcome = connector.publish(statusPost(new Media(new byte[] {5}, "video/mp4", "clip.mp4"),
                new Media(new byte[] {1}, "image/png", "still.png")));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("single video"));
        assertThat(mastodon.getAllServeEvents()).isEmpty();
    }

    @Test
    void a422IsFailedNotPosted() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

        PublishOutcome outcome = connector.publish(statusPost());

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("422").contains("character limit"));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void a500IsUnknownAndNotRetried() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(500)));

        assertThat(connector.publish(statusPost())).isInstanceOf(PublishOutcome.Unknown.class);
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void anAcceptedPostWhoseAnswerComesTooLateIsUnknownAfterExactlyOneRequest() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200).withFixedDelay(2_000)
                .withBody("{\"id\":\"1103\",\"url\":\"https://social.example/@brand/1103\"}")));

        PublishOutcome outcome = connector.publish(statusPost());

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("no answer"));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void noConnectionAtAllIsFailed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Post post = new Post(new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON,
                "http://127.0.0.1:" + closedPort, "token-123", null, null), "Hello", null, KEY);

        assertThat(connector.publish(post)).isInstanceOf(PublishOutcome.Failed.class);
    }
}
