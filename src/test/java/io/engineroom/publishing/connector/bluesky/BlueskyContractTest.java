package io.engineroom.publishing.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.ACCESS;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.DID;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.NOW;
import static io.engineroom.publishing.connector.bluesky.BlueskyStandIn.REFRESH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.AccountTokens;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountProblem;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connecting a Bluesky account against a stand-in PDS, built from the documented requests and answers:
 * {@code com.atproto.server.createSession} (https://docs.bsky.app/docs/api/com-atproto-server-create-session),
 * {@code com.atproto.server.refreshSession} (https://docs.bsky.app/docs/api/com-atproto-server-refresh-session),
 * {@code app.bsky.actor.getProfile} (https://docs.bsky.app/docs/api/app-bsky-actor-get-profile). Errors have the XRPC
 * shape {@code {"error", "message"}} (https://atproto.com/specs/xrpc). Publishing: {@link BlueskyPublishingTest}.
 */
class BlueskyContractTest {

    static final String CREATE_SESSION = "/xrpc/com.atproto.server.createSession";
    static final String REFRESH_SESSION = "/xrpc/com.atproto.server.refreshSession";

    final BlueskyStandIn standIn = new BlueskyStandIn();

    @AfterEach
    void stop() {
        standIn.stop();
    }

    static String session(String access, String refresh, String didDoc) {
        return "{\"did\":\"" + DID + "\",\"handle\":\"brand.bsky.social\",\"email\":\"social@beanleaf.example\","
                + "\"emailConfirmed\":true,\"accessJwt\":\"" + access + "\",\"refreshJwt\":\"" + refresh
                + "\",\"active\":true" + (didDoc == null ? "" : ",\"didDoc\":" + didDoc) + "}";
    }

    @Test
    void signingInWithAnAppPasswordKeepsTheSessionAndReadsTheExpiryFromTheAccessToken() {
        Instant expires = NOW.plusSeconds(7200);
        String access = BlueskyStandIn.jwt(expires);
        standIn.pds.stubFor(post(CREATE_SESSION).willReturn(okJson(session(access, "refresh-9", null))));

        AccountTokens tokens = standIn.connector.signIn("@brand.bsky.social", "abcd-efgh-ijkl-mnop",
                standIn.pds.baseUrl());

        assertThat(tokens).isEqualTo(new AccountTokens(DID, "@brand.bsky.social", standIn.pds.baseUrl(), access,
                "refresh-9", expires));
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(CREATE_SESSION)).withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"identifier\":\"brand.bsky.social\","
                        + "\"password\":\"abcd-efgh-ijkl-mnop\"}")));
    }

    @Test
    void theAccountsOwnPdsFromItsDidDocumentIsUsedFromThenOn() {
        String didDoc = "{\"id\":\"" + DID + "\",\"service\":[{\"id\":\"#atproto_pds\",\"type\":"
                + "\"AtprotoPersonalDataServer\",\"serviceEndpoint\":\"https://morel.us-east.host.bsky.network\"}]}";
        standIn.pds.stubFor(post(CREATE_SESSION).willReturn(okJson(session("not-a-jwt", "refresh-9", didDoc))));

        AccountTokens tokens = standIn.connector.signIn("brand.bsky.social", "abcd-efgh-ijkl-mnop", null);

        assertThat(tokens.baseUrl()).isEqualTo("https://morel.us-east.host.bsky.network");
        // an access token whose expiry cannot be read is taken to last the PDS's usual two hours
        assertThat(tokens.expiresAt()).isEqualTo(NOW.plus(BlueskySessions.FALLBACK_LIFETIME));
    }

    @Test
    void aWrongAppPasswordIsRefusedWithAClearMessage() {
        standIn.pds.stubFor(post(CREATE_SESSION).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));

        assertThatThrownBy(() -> standIn.connector.signIn("brand.bsky.social", "wrong", null))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("refused the handle or app password")
                            .contains("Invalid identifier or password");
                });
    }

    @Test
    void anAccountThatWantsAnEmailCodeIsToldToUseAnAppPassword() {
        standIn.pds.stubFor(post(CREATE_SESSION).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"AuthFactorTokenRequired\","
                        + "\"message\":\"A sign in code has been sent to your email address\"}")));

        assertThatThrownBy(() -> standIn.connector.signIn("social@beanleaf.example", "main-password", null))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("app password");
                });
    }

    @Test
    void aSignInThatHitsTheRateLimitMayBeTriedAfterItsReset() {
        standIn.pds.stubFor(post(CREATE_SESSION).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("ratelimit-limit", "30")
                .withHeader("ratelimit-remaining", "0").withHeader("ratelimit-reset", "1796547900")
                .withHeader("ratelimit-policy", "30;w=300")
                .withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));

        assertThatThrownBy(() -> standIn.connector.signIn("brand.bsky.social", "abcd-efgh-ijkl-mnop", null))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isFalse();
                    assertThat(problem.getMessage()).contains("rate limit until "
                            + Instant.ofEpochSecond(1796547900));
                });
    }

    @Test
    void refreshingSendsTheRefreshTokenAsBearerAndKeepsTheRotatedOne() {
        Instant expires = NOW.plusSeconds(7200);
        String access = BlueskyStandIn.jwt(expires);
        standIn.pds.stubFor(post(REFRESH_SESSION).willReturn(okJson(session(access, "refresh-2", null))));

        AccountTokens tokens = standIn.connector.refresh(standIn.channel());

        assertThat(tokens.accessToken()).isEqualTo(access);
        assertThat(tokens.refreshToken()).isEqualTo("refresh-2");
        assertThat(tokens.expiresAt()).isEqualTo(expires);
        assertThat(tokens.accountId()).isEqualTo(DID);
        standIn.pds.verify(1, postRequestedFor(urlPathEqualTo(REFRESH_SESSION))
                .withHeader("Authorization", equalTo("Bearer " + REFRESH)));
    }

    @Test
    void anExpiredRefreshTokenMeansTheChannelMustBeConnectedAgain() {
        standIn.pds.stubFor(post(REFRESH_SESSION).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));

        assertThatThrownBy(() -> standIn.connector.refresh(standIn.channel()))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("ExpiredToken").contains("connect the channel again");
                });
    }

    @Test
    void aRefreshThatGotNoAnswerMayBeTriedAgain() {
        standIn.pds.stubFor(post(REFRESH_SESSION).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> standIn.connector.refresh(standIn.channel()))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isFalse());
    }

    @Test
    void testConnectionShowsTheProfileWithItsFollowers() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile")).withQueryParam("actor",
                equalTo(DID)).withHeader("Authorization", equalTo("Bearer " + ACCESS)).willReturn(okJson(
                "{\"did\":\"" + DID + "\",\"handle\":\"brand.bsky.social\",\"displayName\":\"Bean & Leaf\","
                        + "\"followersCount\":1204,\"followsCount\":88,\"postsCount\":310}")));

        AccountCheck account = standIn.connector.account(standIn.channel());

        assertThat(account).isEqualTo(new AccountCheck(DID, "@brand.bsky.social", "Bean & Leaf", 1204L, null));
        assertThat(standIn.connector.followers(standIn.channel())).contains(1204L);
        assertThat(standIn.connector.oauth()).isEmpty();
        standIn.pds.verify(2, getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile")));
    }

    @Test
    void aRefusedSessionWhenTestingTheConnectionIsReportedAsRefused() {
        standIn.pds.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"InvalidToken\",\"message\":\"Token could not be verified\"}")));

        assertThatThrownBy(() -> standIn.connector.account(standIn.channel()))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isTrue());
        assertThat(standIn.connector.followers(standIn.channel())).isEmpty();
    }
}
