package io.engineroom.publishing.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.NOW;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.ORG_ENCODED;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.TOKEN;
import static io.engineroom.publishing.connector.linkedin.LinkedInStandIn.versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.AccountTokens;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.OAuthApp;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connecting a LinkedIn page against a stand-in built from LinkedIn's documented requests and answers: the
 * 3-legged code exchange and refresh grant (client id and secret in the form), the member's page roles and the
 * organisation's name and follower count.
 * <ul>
 * <li>https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow</li>
 * <li>https://learn.microsoft.com/en-us/linkedin/shared/authentication/programmatic-refresh-tokens</li>
 * <li>
 * https://learn.microsoft.com/linkedin/marketing/community-management/organizations/organization-access-control-by-role</li>
 * <li>
 * https://learn.microsoft.com/linkedin/marketing/community-management/organizations/organization-lookup-api</li>
 * </ul>
 */
class LinkedInConnectTest {

    static final URI REDIRECT = URI.create("https://engineroom.example/oauth/callback");
    static final String ACLS = "/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED";
    static final String TOKENS = "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":5184000,"
            + "\"refresh_token\":\"AQWrefresh\",\"refresh_token_expires_in\":31536000,"
            + "\"scope\":\"r_organization_social,w_organization_social,rw_organization_admin\"}";

    final LinkedInStandIn linkedin = new LinkedInStandIn();

    @AfterEach
    void stop() {
        linkedin.stop();
    }

    void codeExchange() {
        linkedin.server.stubFor(post("/oauth/v2/accessToken")
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=the-code"))
                .withRequestBody(containing("client_id=client-li"))
                .withRequestBody(containing("client_secret=secret-li"))
                .withRequestBody(containing("redirect_uri=https%3A%2F%2Fengineroom.example%2Foauth%2Fcallback"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TOKENS)));
    }

    void administers(String... organizations) {
        StringBuilder elements = new StringBuilder();
        for (String organization : organizations) {
            elements.append(elements.isEmpty() ? "" : ",").append("{\"roleAssignee\":\"urn:li:person:abc\","
                    + "\"state\":\"APPROVED\",\"role\":\"ADMINISTRATOR\",\"organization\":\"").append(organization)
                    .append("\"}");
        }
        linkedin.server.stubFor(versioned(get(ACLS)).withHeader("X-RestLi-Method", equalTo("FINDER"))
                .willReturn(aResponse().withBody("{\"paging\":{\"count\":10,\"start\":0},\"elements\":["
                        + elements + "]}")));
    }

    void organization(String id, String name) {
        linkedin.server.stubFor(versioned(get("/rest/organizations/" + id)).willReturn(aResponse().withBody(
                "{\"id\":" + id + ",\"localizedName\":\"" + name + "\",\"vanityName\":\"" + name.toLowerCase()
                        .replace(' ', '-') + "\"}")));
    }

    @Test
    void theOAuthAppSendsTheSecretInTheFormAsksForThePageScopesAndNoPkce() {
        OAuthApp app = linkedin.connector.oauth().orElseThrow();

        assertThat(app.pkce()).isFalse();
        assertThat(app.basicAuth()).isFalse();
        assertThat(app.scopes()).containsExactly("r_organization_social", "w_organization_social",
                "rw_organization_admin");
        assertThat(app.authorizeUri()).hasToString("https://www.linkedin.com/oauth/v2/authorization");
    }

    @Test
    void theCodeIsExchangedAndTheOnlyPageTheMemberAdministersIsConnected() {
        codeExchange();
        administers(ORG);
        organization("2414183", "Bean and Leaf");

        AccountTokens tokens = linkedin.connector.exchange("the-code", null, REDIRECT, null);

        assertThat(tokens).isEqualTo(new AccountTokens(ORG, "Bean and Leaf", linkedin.base(), TOKEN, "AQWrefresh",
                NOW.plusSeconds(5184000)));
        linkedin.server.verify(1, postRequestedFor(urlEqualTo("/oauth/v2/accessToken")));
    }

    @Test
    void amongSeveralPagesTheChosenOneIsConnectedAndWithoutAChoiceThePagesAreNamed() {
        codeExchange();
        administers(ORG, "urn:li:organization:99");
        organization("2414183", "Bean and Leaf");
        organization("99", "Other Page");

        AccountTokens chosen = linkedin.connector.exchange("the-code", null, REDIRECT, "99");

        assertThat(chosen.accountId()).isEqualTo("urn:li:organization:99");
        assertThat(chosen.handle()).isEqualTo("Other Page");
        assertThatThrownBy(() -> linkedin.connector.exchange("the-code", null, REDIRECT, null))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("several pages")
                .hasMessageContaining(ORG + " (Bean and Leaf)").hasMessageContaining("Other Page");
        assertThatThrownBy(() -> linkedin.connector.exchange("the-code", null, REDIRECT, "urn:li:organization:5"))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("does not administer");
    }

    @Test
    void aMemberWhoAdministersNoPageIsRefused() {
        codeExchange();
        administers();

        assertThatThrownBy(() -> linkedin.connector.exchange("the-code", null, REDIRECT, null))
                .isInstanceOf(AccountProblem.class).hasMessage("This LinkedIn member administers no page")
                .satisfies(e -> assertThat(((AccountProblem) e).refused()).isTrue());
    }

    @Test
    void aRefreshTokenGetsANewAccessTokenForTheSamePage() {
        linkedin.server.stubFor(post("/oauth/v2/accessToken").withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=AQWrefresh"))
                .withRequestBody(containing("client_secret=secret-li"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TOKENS
                        .replace(TOKEN, "AQXnew"))));

        AccountTokens tokens = linkedin.connector.refresh(linkedin.channel());

        assertThat(tokens.accessToken()).isEqualTo("AQXnew");
        assertThat(tokens.accountId()).isEqualTo(ORG);
        assertThat(tokens.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
    }

    @Test
    void withoutARefreshTokenTheRefreshIsRefusedAheadOfExpirySoAPersonConnectsAgainInTime() {
        assertThatThrownBy(() -> linkedin.connector.refresh(linkedin.channel(null)))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("no refresh token")
                .hasMessageContaining(NOW.plus(Duration.ofDays(60)).toString())
                .satisfies(e -> assertThat(((AccountProblem) e).refused()).isTrue());
        assertThat(linkedin.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        linkedin.server.stubFor(post("/oauth/v2/accessToken").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\","
                        + "\"error_description\":\"The provided authorization grant or refresh token is invalid, "
                        + "expired or revoked\"}")));

        assertThatThrownBy(() -> linkedin.connector.refresh(linkedin.channel()))
                .isInstanceOf(AccountProblem.class).hasMessageContaining("invalid_grant")
                .satisfies(e -> assertThat(((AccountProblem) e).refused()).isTrue());
    }

    @Test
    void testConnectionShowsThePageAndItsFollowers() {
        organization("2414183", "Bean and Leaf");
        linkedin.server.stubFor(versioned(get("/rest/networkSizes/" + ORG_ENCODED
                + "?edgeType=COMPANY_FOLLOWED_BY_MEMBER")).willReturn(aResponse().withBody(
                "{\"firstDegreeSize\":12345}")));

        AccountCheck check = linkedin.connector.account(linkedin.channel());

        assertThat(check).isEqualTo(new AccountCheck(ORG, "bean-and-leaf", "Bean and Leaf", 12345L, null));
        assertThat(check.describe()).isEqualTo("Bean and Leaf bean-and-leaf · 12345 followers");
    }

    @Test
    void testConnectionWithARevokedTokenIsARefusal() {
        linkedin.server.stubFor(get("/rest/organizations/2414183").willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> linkedin.connector.account(linkedin.channel()))
                .isInstanceOf(AccountProblem.class).satisfies(e -> assertThat(((AccountProblem) e).refused()).isTrue());
    }
}
