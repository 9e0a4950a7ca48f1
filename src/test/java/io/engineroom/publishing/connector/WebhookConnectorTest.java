package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.MessageDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outgoing webhook, checked as a receiver would check it; and the manual connector. */
class WebhookConnectorTest {

    static final String SECRET = "a-webhook-secret-of-length";
    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    WireMockServer receiver;
    WebhookConnector connector;

    @BeforeEach
    void start() {
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        connector = new WebhookConnector(new ConnectorHttp(Duration.ofSeconds(2), Duration.ofMillis(700)),
                new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    ChannelConnection channel() {
        return new ChannelConnection(8, "b", Platform.LINKEDIN, "Brand Page", Connector.WEBHOOK, null, null,
                receiver.baseUrl() + "/hooks/post", SECRET);
    }

    @Test
    void sendsSignedJsonAndReadsThePostUrl() throws Exception {
        receiver.stubFor(post("/hooks/post").willReturn(aResponse().withStatus(201)
                .withBody("{\"url\":\"https://linkedin.example/posts/55\"}")));

        PublishOutcome outcome = connector.publish(new Post(channel(), "Our spring range is here",
                List.of(new Media(new byte[] {9, 8, 7}, "image/jpeg", "range.jpg", "Three bags of coffee", null),
                        new Media(new byte[] {1, 1}, "video/mp4", "teaser.mp4")), "content:5:channel:8"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://linkedin.example/posts/55", null));
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/hooks/post")));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        // recomputed here, independently of the connector's own HMAC code
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.getBody()));
        assertThat(request.getHeader("X-EngineRoom-Signature")).isEqualTo(expected);
        assertThat(request.getHeader("X-EngineRoom-Timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        JsonNode body = new ObjectMapper().readTree(request.getBody());
        assertThat(body.get("idempotencyKey").asText()).isEqualTo("content:5:channel:8");
        assertThat(body.get("channel").asLong()).isEqualTo(8);
        assertThat(body.get("platform").asText()).isEqualTo("LINKEDIN");
        assertThat(body.get("handle").asText()).isEqualTo("Brand Page");
        assertThat(body.get("text").asText()).isEqualTo("Our spring range is here");
        // what is attached, described: never the bytes themselves
        JsonNode media = body.get("media");
        assertThat(media).hasSize(2);
        assertThat(media.get(0).get("fileName").asText()).isEqualTo("range.jpg");
        assertThat(media.get(0).get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(media.get(0).get("sizeBytes").asLong()).isEqualTo(3);
        assertThat(media.get(0).get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[] {9, 8, 7})));
        assertThat(media.get(0).get("altText").asText()).isEqualTo("Three bags of coffee");
        assertThat(media.get(1).get("fileName").asText()).isEqualTo("teaser.mp4");
        assertThat(media.get(1).get("altText").isNull()).isTrue();
        assertThat(media.get(0).has("base64")).isFalse();
        assertThat(request.getBodyAsString()).doesNotContain(Base64.getEncoder().encodeToString(new byte[] {9, 8, 7}));
    }

    @Test
    void aSignatureWithAnotherSecretDoesNotMatch() {
        receiver.stubFor(post("/hooks/post").willReturn(aResponse().withStatus(204)));

        assertThat(connector.publish(new Post(channel(), "Hi", null, "content:6:channel:8")))
                .isEqualTo(new PublishOutcome.Published(null, null));
        LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/hooks/post"))).get(0);
        assertThat(request.getHeader("X-EngineRoom-Signature"))
                .isNotEqualTo("sha256=" + WebhookConnector.hmacSha256Hex("another-secret-entirely", request.getBody()))
                .isEqualTo("sha256=" + WebhookConnector.hmacSha256Hex(SECRET, request.getBody()));
        assertThat(request.getBodyAsString()).doesNotContain("\"media\"");
    }

    @Test
    void answersDecideTheOutcome() {
        receiver.stubFor(post("/hooks/post").willReturn(aResponse().withStatus(400).withBody("bad signature")));
        assertThat(connector.publish(new Post(channel(), "Hi", null, "k1"))).isInstanceOf(PublishOutcome.Failed.class);

        receiver.stubFor(post("/hooks/post").willReturn(aResponse().withStatus(503)));
        assertThat(connector.publish(new Post(channel(), "Hi", null, "k2"))).isInstanceOf(PublishOutcome.Unknown.class);

        receiver.verify(2, postRequestedFor(urlEqualTo("/hooks/post")));
    }

    @Test
    void manualChannelsNeedAPerson() {
        ChannelConnection x = new ChannelConnection(9, "b", Platform.X, "@brand", Connector.MANUAL, null, null, null,
                null);

        PublishOutcome outcome = new ManualConnector().publish(new Post(x, "Hi", null, "content:1:channel:9"));

        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.NeedsPerson.class,
                person -> assertThat(person.instruction()).contains("@brand").contains("paste the link"));
        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.NEEDS_PERSON);
    }

    @Test
    void describingAManualPostListsItsMedia() {
        ChannelConnection x = new ChannelConnection(9, "b", Platform.X, "@brand", Connector.MANUAL, null, null, null,
                null);
        Media photo = new Media(new byte[] {1, 2, 3}, "image/png", "photo.png");

        String described = new ManualConnector().describe(new Post(x, "Hi", List.of(photo,
                new Media(new byte[] {4}, "image/gif", "loop.gif")), "content:1:channel:9"));

        assertThat(described).contains("photo.png (image/png, 3 bytes, sha256 " + photo.sha256().substring(0, 12))
                .contains("loop.gif (image/gif, 1 bytes");
    }
}
