package io.engineroom.publishing.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.OAuthApp;
import io.engineroom.publishing.connector.ConnectorHttp;
import io.engineroom.publishing.connector.OAuthTokens;
import io.engineroom.publishing.connector.PublishingProperties.PlatformApp;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Connects an organisation page: LinkedIn's 3-legged OAuth 2.0 code flow for a member who administers the page
 * (client id and secret in the token request's form; LinkedIn offers PKCE only to native apps, so none is sent),
 * then the page the member administers ({@code GET /rest/organizationAcls?q=roleAssignee}) and its name
 * ({@code GET /rest/organizations/{id}}). Access tokens live 60 days; apps LinkedIn grants programmatic refresh get
 * a refresh token that lives 365 days, used through the refresh grant
 * (<a href="https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow">
 * authorization code flow</a>,
 * <a href="https://learn.microsoft.com/en-us/linkedin/shared/authentication/programmatic-refresh-tokens">
 * programmatic refresh tokens</a>,
 * <a href="https://learn.microsoft.com/linkedin/marketing/community-management/organizations/organization-access-control-by-role">
 * organization access control</a>).
 */
final class LinkedInAccounts {

    /** Post, comment and read as the page, and read the pages the member administers. */
    static final List<String> SCOPES = List.of("r_organization_social", "w_organization_social",
            "rw_organization_admin");
    static final String ORGANIZATION = "urn:li:organization:";

    private final LinkedInApi api;
    private final OAuthTokens tokens;
    private final PlatformApp app;

    LinkedInAccounts(LinkedInApi api, OAuthTokens tokens, PlatformApp app) {
        this.api = api;
        this.tokens = tokens;
        this.app = app;
    }

    Optional<OAuthApp> oauth() {
        if (!app.registered() || app.authorizeUrl() == null || app.tokenUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new OAuthApp(app.clientId(), app.clientSecret(), URI.create(app.authorizeUrl()),
                URI.create(app.tokenUrl()), app.scopes().isEmpty() ? SCOPES : app.scopes(), false, false, Map.of()));
    }

    private OAuthApp requireApp() {
        return oauth().orElseThrow(() -> new AccountProblem("No LinkedIn app is configured "
                + "(engineroom.publishing.platforms.linkedin.client-id)", true));
    }

    String apiBase() {
        String base = app.apiUrl() == null || app.apiUrl().isBlank() ? LinkedInApi.DEFAULT_BASE : app.apiUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    AccountTokens exchange(String code, String codeVerifier, URI redirectUri, String account) {
        OAuthTokens.Grant grant = tokens.exchange(requireApp(), code, codeVerifier, redirectUri);
        String base = apiBase();
        List<String> pages = administered(base, grant.accessToken());
        String page = choose(pages, account, base, grant.accessToken());
        String name = organization(base, page, grant.accessToken()).map(o -> LinkedInApi.text(o, "localizedName"))
                .orElse(page);
        return new AccountTokens(page, name, base, grant.accessToken(), grant.refreshToken(), grant.expiresAt());
    }

    private String choose(List<String> pages, String account, String base, String accessToken) {
        if (account != null && !account.isBlank()) {
            String wanted = account.startsWith(ORGANIZATION) ? account : ORGANIZATION + account.strip();
            if (!pages.contains(wanted)) {
                throw new AccountProblem("This LinkedIn member does not administer " + wanted, true);
            }
            return wanted;
        }
        if (pages.isEmpty()) {
            throw new AccountProblem("This LinkedIn member administers no page", true);
        }
        if (pages.size() > 1) {
            String names = pages.stream().map(page -> page + " (" + organization(base, page, accessToken)
                    .map(o -> LinkedInApi.text(o, "localizedName")).orElse("?") + ")")
                    .collect(Collectors.joining(", "));
            throw new AccountProblem("This LinkedIn member administers several pages: connect again and give the id of one of "
                    + names, true);
        }
        return pages.get(0);
    }

    /** The organisations the token's member is an approved administrator of. */
    private List<String> administered(String base, String accessToken) {
        ConnectorHttp.Exchange answer = api.find(base, "/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR"
                + "&state=APPROVED", accessToken, "LinkedIn page roles");
        if (answer.answered() && answer.status() == 401) {
            throw LinkedInApi.tokenRefused("LinkedIn page roles", answer);
        }
        if (!answer.ok()) {
            throw new AccountProblem("LinkedIn did not say which pages the member administers: " + api.why(answer),
                    answer.answered() && answer.status() == 403);
        }
        List<String> pages = new ArrayList<>();
        for (JsonNode acl : api.body(answer).path("elements")) {
            String organization = LinkedInApi.text(acl, "organization");
            if (organization == null) {
                organization = LinkedInApi.text(acl, "organizationalTarget");
            }
            if (organization != null && organization.startsWith(ORGANIZATION) && !pages.contains(organization)) {
                pages.add(organization);
            }
        }
        return pages;
    }

    /** The organisation as LinkedIn describes it ({@code localizedName}, {@code vanityName}); empty when unread. */
    private Optional<JsonNode> organization(String base, String urn, String accessToken) {
        ConnectorHttp.Exchange answer = api.get(base, "/rest/organizations/" + id(urn), accessToken,
                "LinkedIn organization");
        if (answer.answered() && answer.status() == 401) {
            throw LinkedInApi.tokenRefused("LinkedIn organization", answer);
        }
        return answer.ok() ? Optional.of(api.body(answer)) : Optional.empty();
    }

    static String id(String organizationUrn) {
        return organizationUrn.startsWith(ORGANIZATION) ? organizationUrn.substring(ORGANIZATION.length())
                : organizationUrn;
    }

    /**
     * New tokens through the refresh grant. An app without programmatic refresh has no refresh token: that is said
     * as a refusal when the token is due, ahead of its expiry, so the social manager's "connect again" task comes
     * while the old token still works.
     */
    AccountTokens refresh(ChannelConnection channel) {
        if (channel.refreshToken() == null || channel.refreshToken().isBlank()) {
            throw new AccountProblem("LinkedIn gives this app no refresh token: connect " + channel.handle()
                    + " again before its token expires" + (channel.tokenExpiresAt() == null ? ""
                    : " at " + channel.tokenExpiresAt()), true);
        }
        OAuthTokens.Grant grant = tokens.refresh(requireApp(), channel.refreshToken());
        return new AccountTokens(channel.accountId(), null, null, grant.accessToken(), grant.refreshToken(),
                grant.expiresAt());
    }

    /** The page's name now ("Test connection"; the connector adds its followers). */
    AccountCheck account(ChannelConnection channel) {
        String base = LinkedInApi.base(channel);
        ConnectorHttp.Exchange answer = api.get(base, "/rest/organizations/" + id(channel.accountId()),
                channel.accessToken(), "LinkedIn organization");
        if (answer.answered() && answer.status() == 401) {
            throw LinkedInApi.tokenRefused("LinkedIn organization", answer);
        }
        if (!answer.ok()) {
            return AccountCheck.failed("LinkedIn did not describe " + channel.accountId() + ": " + api.why(answer));
        }
        JsonNode organization = api.body(answer);
        String name = LinkedInApi.text(organization, "localizedName");
        String vanity = LinkedInApi.text(organization, "vanityName");
        return new AccountCheck(channel.accountId(), vanity == null ? channel.handle() : vanity, name, null, null);
    }
}
