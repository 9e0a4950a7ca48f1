package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import java.net.ServerSocket;
import java.time.Duration;
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
        connector = new MastodonConnector(new ConnectorHttp(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new ObjectMapper());
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    Post statusPost(Media media) {
        return new Post(new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON,
                mastodon.baseUrl(), "token-123", null, null), "Hello, fediverse", media, KEY);
    }

    @Test
    void postsOnceWithTokenAndIdempotencyKeyAndReadsTheUrl() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1101\",\"url\":\"https://social.example/@brand/1101\"}")));

        PublishOutcome outcome = connector.publish(statusPost(null));

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
    void a422IsFailedNotPosted() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

        PublishOutcome outcome = connector.publish(statusPost(null));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains("422").contains("character limit"));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void a500IsUnknownAndNotRetried() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(500)));

        assertThat(connector.publish(statusPost(null))).isInstanceOf(PublishOutcome.Unknown.class);
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void anAcceptedPostWhoseAnswerComesTooLateIsUnknownAfterExactlyOneRequest() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200).withFixedDelay(2_000)
                .withBody("{\"id\":\"1103\",\"url\":\"https://social.example/@brand/1103\"}")));

        PublishOutcome outcome = connector.publish(statusPost(null));

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
