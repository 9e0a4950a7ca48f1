package io.engineroom.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.OAuthApp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/** The shared OAuth 2.0 code flow against a stand-in token endpoint: what is sent, and what each answer means. */
class OAuthTokensTest {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final URI REDIRECT = URI.create("https://engineroom.example/oauth/callback");

    WireMockServer platform;
    OAuthTokens tokens;

    @BeforeEach
    void start() {
        platform = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        platform.start();
        tokens = new OAuthTokens(Duration.ofSeconds(2), Duration.ofSeconds(2), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    OAuthApp app(boolean pkce, boolean basicAuth) {
        return new OAuthApp("client-1", "secret-1", URI.create("https://platform.example/authorize"),
                URI.create(platform.baseUrl() + "/token"), List.of("read", "write"), pkce, basicAuth, Map.of());
    }

    @Test
    void theAuthorizationAddressCarriesStateScopesAndAnS256ChallengeOfTheVerifierKeptBack() throws Exception {
        OAuthTokens.Authorization authorization = tokens.authorization(app(true, true), REDIRECT, "state-42");

        var query = UriComponentsBuilder.fromUri(authorization.uri()).build().getQueryParams();
        assertThat(authorization.uri().toString()).startsWith("https://platform.example/authorize?");
        assertThat(query.getFirst("state")).isEqualTo("state-42");
        assertThat(query.getFirst("client_id")).isEqualTo("client-1");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(authorization.codeVerifier().getBytes(StandardCharsets.US_ASCII));
        assertThat(query.getFirst("code_challenge"))
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        assertThat(authorization.uri().toString()).doesNotContain(authorization.codeVerifier());
    }

    @Test
    void withoutPkceNoChallengeIsSent() {
        OAuthTokens.Authorization authorization = tokens.authorization(app(false, false), REDIRECT, "s");

        assertThat(authorization.codeVerifier()).isNull();
        assertThat(authorization.uri().toString()).doesNotContain("code_challenge");
    }

    @Test
    void theCodeIsExchangedOnceWithTheVerifierAndBasicAuthAndTheExpiryComesFromExpiresIn() {
        platform.stubFor(post("/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"token_type\":\"bearer\",\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\","
                        + "\"expires_in\":7200,\"scope\":\"read write\"}")));

        OAuthTokens.Grant grant = tokens.exchange(app(true, true), "code-9", "verifier-abc", REDIRECT);

        assertThat(grant.accessToken()).isEqualTo("at-1");
        assertThat(grant.refreshToken()).isEqualTo("rt-1");
        assertThat(grant.expiresAt()).isEqualTo(NOW.plusSeconds(7200));
        platform.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withHeader("Authorization", equalTo("Basic "
                        + Base64.getEncoder().encodeToString("client-1:secret-1".getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=code-9"))
                .withRequestBody(containing("code_verifier=verifier-abc")));
    }

    @Test
    void aTokenAnswerWithoutTokenTypeOrExpiryIsABearerTokenThatDoesNotExpire() {
        // LinkedIn leaves out token_type; a Facebook page token has no expires_in
        platform.stubFor(post("/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"at-2\"}")));

        OAuthTokens.Grant grant = tokens.exchange(app(false, false), "code-1", null, REDIRECT);

        assertThat(grant.accessToken()).isEqualTo("at-2");
        assertThat(grant.expiresAt()).isNull();
        platform.verify(postRequestedFor(urlEqualTo("/token")).withRequestBody(containing("client_secret=secret-1")));
    }

    @Test
    void aRefreshTheGrantServerRefusesIsARefusalThatNeedsAPerson() {
        platform.stubFor(post("/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token was revoked\"}")));

        assertThatThrownBy(() -> tokens.refresh(app(true, true), "rt-old"))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> {
                    assertThat(problem.refused()).isTrue();
                    assertThat(problem.getMessage()).contains("invalid_grant").contains("Token was revoked");
                });
        platform.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=rt-old")));
    }

    @Test
    void aServerErrorOrRateLimitAtTheTokenEndpointMayPassAndIsNoRefusal() {
        platform.stubFor(post("/token").willReturn(aResponse().withStatus(503).withBody("busy")));

        assertThatThrownBy(() -> tokens.refresh(app(true, true), "rt-1"))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isFalse());

        platform.stubFor(post("/token").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));

        assertThatThrownBy(() -> tokens.refresh(app(true, true), "rt-1"))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isFalse());
    }
}
