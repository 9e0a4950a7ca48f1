package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.Verification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mastodon's automatic check after an unknown outcome, against a stand-in built from the documentation: the token's
 * account (https://docs.joinmastodon.org/methods/accounts/#verify_credentials) and its statuses
 * (https://docs.joinmastodon.org/methods/accounts/#statuses: an array of Status, {@code content} as HTML,
 * {@code created_at} ISO 8601, {@code url}, {@code id}).
 */
class MastodonPostCheckTest {

    static final Instant SENT = Instant.parse("2031-03-05T10:00:00Z");
    static final String TEXT = "New beans are in!\nTry them at https://beanleaf.example/beans #coffee";
    /** How Mastodon renders that text: paragraphs, a link split in spans, a hashtag link. */
    static final String HTML = "<p>New beans are in!<br />Try them at <a href=\\\"https://beanleaf.example/beans\\\" "
            + "rel=\\\"nofollow noopener\\\" target=\\\"_blank\\\"><span class=\\\"invisible\\\">https://</span>"
            + "<span class=\\\"\\\">beanleaf.example/beans</span><span class=\\\"invisible\\\"></span></a> "
            + "<a href=\\\"https://social.example/tags/coffee\\\" class=\\\"mention hashtag\\\" rel=\\\"tag\\\">"
            + "#<span>coffee</span></a></p>";

    WireMockServer mastodon;
    MastodonConnector connector;

    @BeforeEach
    void start() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        connector = new MastodonConnector(new ConnectorHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ObjectMapper());
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization",
                equalTo("Bearer token-123")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"7001\",\"acct\":\"brand\"}")));
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    Post post() {
        return new Post(new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON,
                mastodon.baseUrl(), "token-123", null, null), TEXT, List.of(), "content:42:channel:7");
    }

    void statuses(String json) {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/7001/statuses"))
                .withHeader("Authorization", equalTo("Bearer token-123"))
                .withQueryParam("limit", equalTo("40")).withQueryParam("exclude_reblogs", equalTo("true"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void aStatusWithTheSameTextMadeAfterTheAttemptIsFoundWithItsLink() {
        statuses("[{\"id\":\"1103\",\"created_at\":\"2031-03-05T10:00:02.000Z\",\"content\":\"<p>Other</p>\","
                + "\"url\":\"https://social.example/@brand/1103\"},"
                + "{\"id\":\"1102\",\"created_at\":\"2031-03-05T10:00:01.000Z\",\"content\":\"" + HTML + "\","
                + "\"url\":\"https://social.example/@brand/1102\"}]");

        Verification found = connector.findPost(post(), SENT);

        assertThat(found).isEqualTo(new Verification.Found("https://social.example/@brand/1102", "1102"));
        mastodon.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void theSameTextPostedLongBeforeTheAttemptIsNotIt() {
        statuses("[{\"id\":\"900\",\"created_at\":\"2031-03-01T10:00:00.000Z\",\"content\":\"" + HTML + "\","
                + "\"url\":\"https://social.example/@brand/900\"}]");

        Verification found = connector.findPost(post(), SENT);

        assertThat(found).isInstanceOf(Verification.NotFound.class);
        assertThat(((Verification.NotFound) found).checked()).contains("newest 1 statuses of @brand");
    }

    @Test
    void theChannelsKnownAccountIdIsUsedWithoutAskingWhoItIs() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/555/statuses")).willReturn(aResponse().withStatus(200)
                .withBody("[]")));
        Post post = new Post(new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON,
                mastodon.baseUrl(), "token-123", null, null, true, "555", null, null), TEXT, List.of(), "k");

        assertThat(connector.findPost(post, SENT)).isInstanceOf(Verification.NotFound.class);
        mastodon.verify(0, getRequestedFor(urlEqualTo("/api/v1/accounts/verify_credentials")));
    }

    @Test
    void anUnreadableChannelCannotTell() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/7001/statuses")).willReturn(aResponse()
                .withStatus(503)));

        Verification found = connector.findPost(post(), SENT);

        assertThat(found).isInstanceOf(Verification.CannotTell.class);
        assertThat(((Verification.CannotTell) found).reason()).contains("HTTP 503");
    }
}
