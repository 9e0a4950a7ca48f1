package io.engineroom.publishing.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.AccountTokens;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.OAuthApp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Connecting an X account: OAuth 2.0 authorization code with PKCE, a confidential client authenticating with HTTP
 * Basic (https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code: {@code POST /2/oauth2/token},
 * answer {@code token_type, expires_in, access_token, scope, refresh_token}), then who the token acts for
 * (https://docs.x.com/x-api/users/user-lookup-me: {@code GET /2/users/me}, {@code {data:{id,name,username}}}).
 */
class XAccountTest extends XStandIn {

    static final URI REDIRECT = URI.create("https://engineroom.example/channels/oauth/x");

    void tokenAnswers(String access, String refresh) {
        x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody(json("{'token_type':'bearer','expires_in':7200,'access_token':'" + access
                        + "','scope':'tweet.read tweet.write users.read offline.access','refresh_token':'" + refresh
                        + "'}"))));
    }

    @Test
    void theAppAsksForPkceAndTheScopesToPostListenModerateAndStayConnected() {
        OAuthApp app = connector.oauth().orElseThrow();

        assertThat(app.pkce()).isTrue();
        assertThat(app.basicAuth()).isTrue();
        assertThat(app.authorizeUri()).isEqualTo(URI.create("https://x.com/i/oauth2/authorize"));
        assertThat(app.scopes()).contains("tweet.read", "tweet.write", "users.read", "offline.access", "media.write",
                "tweet.moderate.write", "mute.write");
        assertThat(connector("client-x", null).oauth().orElseThrow().basicAuth()).isFalse();
        assertThat(connector("", null).oauth()).isEmpty();
    }

    @Test
    void theCodeIsExchangedWithItsPkceVerifierAndTheAccountIsReadWithTheNewToken() {
        tokenAnswers("x-access-new", "x-refresh-new");
        x.stubFor(get("/2/users/me").willReturn(aResponse().withStatus(200).withBody(json(
                "{'data':{'id':'" + ACCOUNT + "','name':'Bean & Leaf','username':'beanleaf'}}"))));

        AccountTokens tokens = connector.exchange("code-42", "verifier-abc", REDIRECT, null);

        assertThat(tokens).isEqualTo(new AccountTokens(ACCOUNT, "@beanleaf", x.baseUrl(), "x-access-new",
                "x-refresh-new", NOW.plusSeconds(7200)));
        x.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString(
                        "client-x:secret-x".getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=code-42"))
                .withRequestBody(containing("code_verifier=verifier-abc")));
        x.verify(1, getRequestedFor(urlEqualTo("/2/users/me")).withHeader("Authorization",
                equalTo("Bearer x-access-new")));
    }

    @Test
    void aRefreshKeepsTheRotatedRefreshTokenXSendsBack() {
        tokenAnswers("x-access-2", "x-refresh-2");

        AccountTokens tokens = connector.refresh(channel());

        assertThat(tokens.accessToken()).isEqualTo("x-access-2");
        assertThat(tokens.refreshToken()).isEqualTo("x-refresh-2");
        assertThat(tokens.accountId()).isEqualTo(ACCOUNT);
        assertThat(tokens.expiresAt()).isEqualTo(NOW.plusSeconds(7200));
        x.verify(1, postRequestedFor(urlEqualTo("/2/oauth2/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=x-refresh-1")));
    }

    @Test
    void aRevokedRefreshTokenIsARefusalThatNeedsAPerson() {
        x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                "application/json").withBody(json("{'error':'invalid_request','error_description':"
                        + "'Value passed for the token was invalid.'}"))));

        assertThatThrownBy(() -> connector.refresh(channel()))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isTrue());
    }

    @Test
    void testConnectionShowsTheAccountWithItsFollowers() {
        x.stubFor(get("/2/users/me?user.fields=public_metrics").willReturn(aResponse().withStatus(200).withBody(json(
                "{'data':{'id':'" + ACCOUNT + "','name':'Bean & Leaf','username':'beanleaf','public_metrics':"
                        + "{'followers_count':1234,'following_count':12,'tweet_count':456,'listed_count':3}}}"))));

        AccountCheck check = connector.account(channel());

        assertThat(check).isEqualTo(new AccountCheck(ACCOUNT, "@beanleaf", "Bean & Leaf", 1234L, null));
        assertThat(connector.followers(channel())).contains(1234L);
    }

    @Test
    void aTokenXNoLongerAcceptsMakesTestConnectionARefusal() {
        x.stubFor(get("/2/users/me?user.fields=public_metrics").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", PROBLEM).withBody(json("{'title':'Unauthorized','type':'about:blank',"
                        + "'status':401,'detail':'Unauthorized'}"))));

        assertThatThrownBy(() -> connector.account(channel()))
                .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.refused()).isTrue());
        assertThat(connector.followers(channel())).isEmpty();
    }
}
