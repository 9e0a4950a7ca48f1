package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mastodon's moderation against a stand-in built from the REST API's documentation: account lookup
 * (https://docs.joinmastodon.org/methods/accounts/#lookup, an Account), block and mute
 * (https://docs.joinmastodon.org/methods/accounts/#block, #mute: a Relationship with {@code blocking} /
 * {@code muting}), a status and its deletion (https://docs.joinmastodon.org/methods/statuses/#get, #delete), the
 * token's own account (https://docs.joinmastodon.org/methods/accounts/#verify_credentials); errors are
 * {@code {"error": "..."}} and a 429 carries {@code X-RateLimit-Reset}
 * (https://docs.joinmastodon.org/api/rate-limits/).
 */
class MastodonModerationTest {

    WireMockServer mastodon;
    MastodonConnector connector;

    @BeforeEach
    void start() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        connector = new MastodonConnector(new ConnectorHttp(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new ObjectMapper());
    }

    @AfterEach
    void stop() {
        mastodon.stop();
    }

    ChannelConnection channel() {
        return new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON, mastodon.baseUrl(),
                "token-123", null, null);
    }

    void anaIsAccount42() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup"))
                .withQueryParam("acct", equalTo("ana@elsewhere.example"))
                .withHeader("Authorization", equalTo("Bearer token-123"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"42\",\"username\":\"ana\",\"acct\":\"ana@elsewhere.example\"}")));
    }

    @Test
    void blockFindsTheAuthorsAccountThenBlocksItOnce() {
        anaIsAccount42();
        mastodon.stubFor(post("/api/v1/accounts/42/block").withHeader("Authorization", equalTo("Bearer token-123"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"42\",\"following\":false,\"blocking\":true,\"muting\":false}")));

        ModerationOutcome outcome = connector.moderate(channel(), "1101", "@ana@elsewhere.example",
                ModerationAction.BLOCK);

        assertThat(outcome).isEqualTo(new ModerationOutcome.Applied("Blocked @ana@elsewhere.example (account 42)"));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/accounts/42/block")));
    }

    @Test
    void muteMutesTheAuthorsAccount() {
        anaIsAccount42();
        mastodon.stubFor(post("/api/v1/accounts/42/mute").withHeader("Authorization", equalTo("Bearer token-123"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"42\",\"blocking\":false,\"muting\":true,\"muting_notifications\":true}")));

        ModerationOutcome outcome = connector.moderate(channel(), "1101", "@ana@elsewhere.example",
                ModerationAction.MUTE);

        assertThat(outcome).isEqualTo(new ModerationOutcome.Applied("Muted @ana@elsewhere.example (account 42)"));
    }

    @Test
    void anAuthorMastodonCannotFindIsAFailureNamingThem() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"Record not found\"}")));

        ModerationOutcome outcome = connector.moderate(channel(), "1101", "@gone", ModerationAction.BLOCK);

        assertThat(outcome).isInstanceOf(ModerationOutcome.Failed.class);
        assertThat(((ModerationOutcome.Failed) outcome).reason()).contains("find @gone").contains("HTTP 404")
                .contains("Record not found");
        mastodon.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void deleteRemovesTheBrandsOwnStatus() {
        mastodon.stubFor(get("/api/v1/statuses/1101").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1101\",\"account\":{\"id\":\"7001\",\"acct\":\"brand\"}}")));
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization",
                equalTo("Bearer token-123")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"7001\",\"acct\":\"brand\"}")));
        mastodon.stubFor(delete("/api/v1/statuses/1101").withHeader("Authorization", equalTo("Bearer token-123"))
                .willReturn(aResponse().withStatus(200).withBody("{\"id\":\"1101\",\"text\":\"Oops\"}")));

        ModerationOutcome outcome = connector.moderate(channel(), "1101", "@brand", ModerationAction.DELETE);

        assertThat(outcome).isEqualTo(new ModerationOutcome.Applied("Deleted the brand's own status 1101"));
        mastodon.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/statuses/1101")));
    }

    @Test
    void someoneElsesReplyIsNotDeletedButLeftToAPersonWithItsLink() {
        mastodon.stubFor(get("/api/v1/statuses/1101").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1101\",\"account\":{\"id\":\"42\",\"acct\":\"ana@elsewhere.example\"}}")));
        ChannelConnection known = new ChannelConnection(7, "b", Platform.MASTODON, "@brand", Connector.MASTODON,
                mastodon.baseUrl(), "token-123", null, null, true, "7001", null, null);

        ModerationOutcome outcome = connector.moderate(known, "1101", "@ana@elsewhere.example",
                ModerationAction.DELETE);

        assertThat(outcome).isInstanceOf(ModerationOutcome.ByHand.class);
        assertThat(((ModerationOutcome.ByHand) outcome).instruction())
                .contains(mastodon.baseUrl() + "/@ana@elsewhere.example/1101");
        mastodon.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void hideIsAlwaysByHandWithTheLinkAndAsksNothingOfMastodon() {
        ModerationOutcome outcome = connector.moderate(channel(), "1101", "@ana", ModerationAction.HIDE);

        assertThat(outcome).isInstanceOf(ModerationOutcome.ByHand.class);
        assertThat(((ModerationOutcome.ByHand) outcome).instruction()).contains(mastodon.baseUrl() + "/@ana/1101");
        mastodon.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusedTokenIsTheChannelsProblem() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"The access token is invalid\"}")));

        assertThatThrownBy(() -> connector.moderate(channel(), "1101", "@ana", ModerationAction.MUTE))
                .isInstanceOf(AccountProblem.class).matches(e -> ((AccountProblem) e).refused());
    }

    @Test
    void aRateLimitIsAFailureSayingWhenItResets() {
        anaIsAccount42();
        mastodon.stubFor(post("/api/v1/accounts/42/block").willReturn(aResponse().withStatus(429)
                .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "2031-03-05T10:05:00.000Z")
                .withBody("{\"error\":\"Too many requests\"}")));

        ModerationOutcome outcome = connector.moderate(channel(), "1101", "@ana@elsewhere.example",
                ModerationAction.BLOCK);

        assertThat(((ModerationOutcome.Failed) outcome).reason()).contains("HTTP 429")
                .contains("resets at 2031-03-05T10:05:00.000Z");
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/accounts/42/block")));
    }
}
