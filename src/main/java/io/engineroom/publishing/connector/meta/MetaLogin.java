package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.OAuthApp;
import io.engineroom.publishing.connector.ConnectorHttp;
import io.engineroom.publishing.connector.OAuthTokens;
import io.engineroom.publishing.connector.PublishingProperties.PlatformApp;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Facebook Login for a Page, shared by the Facebook and Instagram connectors
 * (<a href="https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived">long-lived
 * tokens</a>, <a href="https://developers.facebook.com/docs/pages-api/getting-started">Pages API</a>): the code is
 * exchanged for a short-lived user token (client secret in the form, no PKCE), that for a long-lived one
 * ({@code GET /oauth/access_token?grant_type=fb_exchange_token}), and {@code GET /me/accounts} then lists the pages
 * the person manages, each with its page token. A page token got from a long-lived user token does not expire, so
 * the channel keeps it and has no refresh token.
 */
final class MetaLogin {

    /** One page the person manages, with its token. */
    record Page(String id, String name, String token) {

        @Override
        public String toString() {
            return name + " (" + id + ")";
        }
    }

    private final GraphApi graph;
    private final OAuthTokens oauth;
    private final PlatformApp app;
    private final List<String> scopes;

    MetaLogin(GraphApi graph, OAuthTokens oauth, PlatformApp app, List<String> defaultScopes) {
        this.graph = graph;
        this.oauth = oauth;
        this.app = app;
        this.scopes = app.scopes().isEmpty() ? defaultScopes : app.scopes();
    }

    String apiUrl() {
        return app.apiUrl();
    }

    Optional<OAuthApp> oauthApp() {
        if (!app.registered() || app.authorizeUrl() == null || app.tokenUrl() == null) {
            return Optional.empty();
        }
        return Optional.of(new OAuthApp(app.clientId(), app.clientSecret(), URI.create(app.authorizeUrl()),
                URI.create(app.tokenUrl()), scopes, false, false, Map.of()));
    }

    /**
     * The page the person picked ({@code account}, a page id), or their only one, with its page token.
     *
     * @throws AccountProblem refused when Meta refused the code, the person manages no page, or several and none
     *                        was picked
     */
    Page page(String code, URI redirectUri, String account) {
        OAuthApp oauthApp = oauthApp().orElseThrow(() -> new AccountProblem(
                "No Meta app is configured (engineroom.publishing.platforms.*.client-id)", true));
        String shortLived = oauth.exchange(oauthApp, code, null, redirectUri).accessToken();
        String longLived = longLived(shortLived);
        List<Page> pages = pages(longLived);
        if (account != null && !account.isBlank()) {
            return pages.stream().filter(page -> page.id().equals(account.trim())).findFirst()
                    .orElseThrow(() -> new AccountProblem("Page " + account + " is not among the pages this "
                            + "Facebook account manages: " + names(pages), true));
        }
        if (pages.isEmpty()) {
            throw new AccountProblem("This Facebook account manages no Page (or did not allow Engine Room any): "
                    + "connect with an account that manages the brand's Page and allow it", true);
        }
        if (pages.size() > 1) {
            throw new AccountProblem("This Facebook account manages several Pages: connect again and give the id of one of " + names(pages),
                    true);
        }
        return pages.get(0);
    }

    private String longLived(String shortLived) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("grant_type", "fb_exchange_token");
        query.put("client_id", app.clientId());
        query.put("client_secret", app.clientSecret() == null ? "" : app.clientSecret());
        query.put("fb_exchange_token", shortLived);
        // the token goes in the query, as documented; no Authorization header is needed for this one
        ConnectorHttp.Exchange answer = graph.http().send(graph.http().request(GraphApi.uri(app.apiUrl(),
                "/oauth/access_token", query)).GET().build(), "Meta long-lived token");
        if (!answer.ok()) {
            throw graph.problem(answer, "Meta did not give a long-lived token");
        }
        String token = GraphApi.text(graph.body(answer), "access_token");
        if (token == null) {
            throw new AccountProblem("Meta answered the long-lived token request without a token", false);
        }
        return token;
    }

    private List<Page> pages(String userToken) {
        ConnectorHttp.Exchange answer = graph.get(app.apiUrl(), "/me/accounts",
                Map.of("fields", "id,name,access_token"), userToken, "Meta pages");
        if (!answer.ok()) {
            throw graph.problem(answer, "The pages of this Facebook account could not be read");
        }
        List<Page> pages = new ArrayList<>();
        JsonNode data = graph.body(answer) == null ? null : graph.body(answer).get("data");
        if (data != null && data.isArray()) {
            for (JsonNode page : data) {
                String id = GraphApi.text(page, "id");
                String token = GraphApi.text(page, "access_token");
                if (id != null && token != null) {
                    pages.add(new Page(id, GraphApi.text(page, "name"), token));
                }
            }
        }
        return pages;
    }

    private static String names(List<Page> pages) {
        return pages.isEmpty() ? "none" : pages.stream().map(Page::toString).collect(Collectors.joining(", "));
    }

    /**
     * Checks that the channel's page token still works ({@code GET /me?fields=id}): it does not expire, so a refresh
     * gives back the same token. Code 190 means the person revoked it or lost the page: refused.
     */
    void check(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), "/me", Map.of("fields", "id"),
                channel.accessToken(), "Meta token check");
        if (!answer.ok()) {
            throw graph.problem(answer, "Meta token check");
        }
    }
}
