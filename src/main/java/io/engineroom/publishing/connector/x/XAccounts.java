package io.engineroom.publishing.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.OAuthApp;
import io.engineroom.publishing.connector.ConnectorHttp;
import io.engineroom.publishing.connector.OAuthTokens;
import io.engineroom.publishing.connector.PublishingProperties;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connects an X account with OAuth 2.0 (authorization code with PKCE; a confidential client authenticates with HTTP
 * Basic at {@code POST /2/oauth2/token}) and reads who it is ({@code GET /2/users/me}). X access tokens last two
 * hours and X rotates refresh tokens: each refresh answers a new refresh token and the old one stops working, so
 * the new one is kept at once. Docs: https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code,
 * https://docs.x.com/x-api/users/user-lookup-me.
 * <p>
 * A refresh goes to {@code <channel's API base>/2/oauth2/token}: X's token endpoint lives on its API host, so a
 * channel pointed at a stand-in API (tests, the demo) refreshes there too.
 */
final class XAccounts {

    /** Post, read timelines and mentions, moderate replies, mute, upload media, and stay connected. */
    static final List<String> SCOPES = List.of("tweet.read", "tweet.write", "users.read", "offline.access",
            "media.write", "tweet.moderate.write", "mute.write");
    static final String AUTHORIZE_URL = "https://x.com/i/oauth2/authorize";
    static final String TOKEN_PATH = "/2/oauth2/token";

    private final XApi api;
    private final PublishingProperties properties;
    private final OAuthTokens tokens;

    XAccounts(XApi api, PublishingProperties properties, OAuthTokens tokens) {
        this.api = api;
        this.properties = properties;
        this.tokens = tokens;
    }

    /** The team's X app; empty when none is registered (then connecting X is not offered). */
    Optional<OAuthApp> oauth() {
        PublishingProperties.PlatformApp app = properties.platform(Connector.X);
        if (!app.registered()) {
            return Optional.empty();
        }
        return Optional.of(app(app, URI.create(app.tokenUrl() == null || app.tokenUrl().isBlank()
                ? apiUrl() + TOKEN_PATH : app.tokenUrl())));
    }

    private static OAuthApp app(PublishingProperties.PlatformApp app, URI tokenUri) {
        boolean confidential = app.clientSecret() != null && !app.clientSecret().isBlank();
        return new OAuthApp(app.clientId(), app.clientSecret(), URI.create(app.authorizeUrl() == null
                || app.authorizeUrl().isBlank() ? AUTHORIZE_URL : app.authorizeUrl()), tokenUri,
                app.scopes().isEmpty() ? SCOPES : app.scopes(), true, confidential, Map.of());
    }

    String apiUrl() {
        String configured = properties.platform(Connector.X).apiUrl();
        return configured == null || configured.isBlank() ? XApi.DEFAULT_API : configured.replaceAll("/+$", "");
    }

    AccountTokens exchange(String code, String codeVerifier, URI redirectUri) {
        OAuthApp app = oauth().orElseThrow(() -> new AccountProblem(
                "No X app is registered (engineroom.publishing.platforms.x.client-id)", true));
        OAuthTokens.Grant grant = tokens.exchange(app, code, codeVerifier, redirectUri);
        String base = apiUrl();
        ConnectorHttp.Exchange me = api.http().send(api.request(base, grant.accessToken(), "/2/users/me").GET()
                .build(), "X account");
        if (!me.ok()) {
            throw api.problem(me, "X account");
        }
        JsonNode user = api.body(me).path("data");
        String id = user.path("id").asText("");
        String username = user.path("username").asText("");
        if (id.isBlank() || username.isBlank()) {
            throw new AccountProblem("X answered GET /2/users/me without an id and username", false);
        }
        return new AccountTokens(id, "@" + username, base, grant.accessToken(), grant.refreshToken(),
                grant.expiresAt());
    }

    AccountTokens refresh(ChannelConnection channel) {
        PublishingProperties.PlatformApp registered = properties.platform(Connector.X);
        if (!registered.registered()) {
            throw new AccountProblem("No X app is registered (engineroom.publishing.platforms.x.client-id), so "
                    + channel.handle() + " cannot be refreshed", false);
        }
        String base = channel.baseUrl() == null || channel.baseUrl().isBlank() ? apiUrl()
                : channel.baseUrl().replaceAll("/+$", "");
        OAuthTokens.Grant grant = tokens.refresh(app(registered, URI.create(base + TOKEN_PATH)),
                channel.refreshToken());
        // X rotates refresh tokens: the answer's is the only one that works from now on
        return new AccountTokens(channel.accountId(), null, null, grant.accessToken(), grant.refreshToken(),
                grant.expiresAt());
    }

    AccountCheck account(ChannelConnection channel) {
        ConnectorHttp.Exchange me = api.get(channel, "/2/users/me?user.fields=public_metrics", "X account");
        if (!me.ok()) {
            throw api.problem(me, "X account");
        }
        JsonNode user = api.body(me).path("data");
        JsonNode followers = user.path("public_metrics").path("followers_count");
        return new AccountCheck(user.path("id").asText(null), "@" + user.path("username").asText(""),
                user.path("name").asText(null), followers.canConvertToLong() ? followers.asLong() : null, null);
    }

    /** The account's followers now, or empty when X did not say. */
    Optional<Long> followers(ChannelConnection channel) {
        ConnectorHttp.Exchange me = api.get(channel, "/2/users/me?user.fields=public_metrics", "X follower count");
        if (!me.ok()) {
            return Optional.empty();
        }
        JsonNode followers = api.body(me).path("data").path("public_metrics").path("followers_count");
        return followers.canConvertToLong() ? Optional.of(followers.asLong()) : Optional.empty();
    }
}
