package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies to interactions: Mastodon statuses in the thread, signed webhook reply events, by hand otherwise. */
class ReplyConnectorTest {

    static final String KEY = "interaction:abc:reply:task-1";
    static final String SECRET = "a-webhook-secret-of-length";

    WireMockServer server;
    ConnectorHttp http;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        http = new ConnectorHttp(Duration.ofSeconds(2), Duration.ofMillis(700));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    Reply mastodonReply(String text, String directTo) {
        return new Reply(new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON,
                server.baseUrl(), "token-123", null, null), "109876", text, directTo, KEY);
    }

    @Test
    void aMastodonReplyIsAStatusInTheThreadWithTheIdempotencyKey() {
        server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"2201\",\"url\":\"https://social.example/@brand/2201\"}")));

        PublishOutcome outcome = new MastodonConnector(http, new ObjectMapper()).reply(mastodonReply("Thanks!", null));

        assertThat(outcome).isEqualTo(new PublishOutcome.Published("https://social.example/@brand/2201", "2201"));
        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer token-123"))
                .withHeader("Idempotency-Key", equalTo(KEY))
                .withRequestBody(equalToJson("{\"status\":\"Thanks!\",\"in_reply_to_id\":\"109876\"}")));
    }

    @Test
    void aReplyToADirectMessageIsDirectAndMentionsTheAuthorOnce() {
        server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200).withBody("{\"id\":\"1\"}")));
        MastodonConnector mastodon = new MastodonConnector(http, new ObjectMapper());

        mastodon.reply(mastodonReply("We will call you.", "ana@social.example"));
        mastodon.reply(mastodonReply("@ana@social.example already mentioned", "@ana@social.example"));

        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")).withRequestBody(equalToJson(
                "{\"status\":\"@ana@social.example We will call you.\",\"in_reply_to_id\":\"109876\","
                        + "\"visibility\":\"direct\"}")));
        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")).withRequestBody(equalToJson(
                "{\"status\":\"@ana@social.example already mentioned\",\"in_reply_to_id\":\"109876\","
                        + "\"visibility\":\"direct\"}")));
    }

    @Test
    void aRefusalFailsAndAServerErrorLeavesItUnknown() {
        server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422).withBody("{\"error\":\"x\"}")));
        MastodonConnector mastodon = new MastodonConnector(http, new ObjectMapper());
        assertThat(mastodon.reply(mastodonReply("Hi", null))).isInstanceOf(PublishOutcome.Failed.class);

        server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(503)));
        assertThat(mastodon.reply(mastodonReply("Hi", null))).isInstanceOf(PublishOutcome.Unknown.class);
        server.verify(2, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    void aWebhookReplyIsASignedReplyEvent() throws Exception {
        server.stubFor(post("/hooks/post").willReturn(aResponse().withStatus(200).withBody("{\"id\":\"r-5\"}")));
        Instant now = Instant.parse("2026-11-21T09:00:00Z");
        WebhookConnector webhook = new WebhookConnector(http, new ObjectMapper(), Clock.fixed(now, ZoneOffset.UTC));
        Reply reply = new Reply(new ChannelConnection(8, "b", Platform.INSTAGRAM, "@brand", Connector.WEBHOOK, null,
                null, server.baseUrl() + "/hooks/post", SECRET), "ig-77", "Thank you", "someone", KEY);

        PublishOutcome outcome = webhook.reply(reply);

        assertThat(outcome).isEqualTo(new PublishOutcome.Published(null, "r-5"));
        LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo("/hooks/post"))).get(0);
        assertThat(request.getHeader(WebhookConnector.SIGNATURE_HEADER))
                .isEqualTo("sha256=" + WebhookConnector.hmacSha256Hex(SECRET, request.getBody()));
        JsonNode body = new ObjectMapper().readTree(request.getBody());
        assertThat(body.get("event").asText()).isEqualTo("reply");
        assertThat(body.get("idempotencyKey").asText()).isEqualTo(KEY);
        assertThat(body.get("inReplyTo").asText()).isEqualTo("ig-77");
        assertThat(body.get("text").asText()).isEqualTo("Thank you");
        assertThat(body.get("directTo").asText()).isEqualTo("someone");
        assertThat(body.get("sentAt").asLong()).isEqualTo(now.getEpochSecond());
    }

    @Test
    void aChannelWithoutAnApiLeavesTheReplyToAPerson() {
        Reply reply = new Reply(new ChannelConnection(9, "b", Platform.TIKTOK, "@brand", Connector.MANUAL, null, null,
                null, null), "t-1", "Thanks", null, KEY);

        assertThat(new ManualConnector().reply(reply)).isInstanceOf(PublishOutcome.NeedsPerson.class);
    }
}
