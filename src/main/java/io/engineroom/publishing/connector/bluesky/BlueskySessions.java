package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A Bluesky account's session: signing in with a handle (or e-mail) and an app password
 * ({@code com.atproto.server.createSession}), refreshing it with the refresh JWT as bearer
 * ({@code com.atproto.server.refreshSession}, which rotates the refresh token) and reading the account
 * ({@code app.bsky.actor.getProfile}). The access JWT's expiry is read from its {@code exp} claim (the token is the
 * PDS's to check, so its signature is not); one without it is taken to last {@link #FALLBACK_LIFETIME}, the PDS's
 * usual access-token lifetime. Docs: https://docs.bsky.app/docs/api/com-atproto-server-create-session,
 * https://docs.bsky.app/docs/api/com-atproto-server-refresh-session,
 * https://docs.bsky.app/docs/api/app-bsky-actor-get-profile.
 */
final class BlueskySessions {

    static final Duration FALLBACK_LIFETIME = Duration.ofHours(2);

    private final Xrpc xrpc;
    private final Clock clock;
    private final String defaultService;

    BlueskySessions(Xrpc xrpc, Clock clock, String defaultService) {
        this.xrpc = xrpc;
        this.clock = clock;
        this.defaultService = defaultService;
    }

    AccountTokens signIn(String identifier, String password, String serviceUrl) {
        if (identifier == null || identifier.isBlank() || password == null || password.isBlank()) {
            throw new AccountProblem("Enter the account's handle (or e-mail) and an app password", true);
        }
        String service = trimmed(serviceUrl == null || serviceUrl.isBlank() ? defaultService : serviceUrl);
        String handle = identifier.strip();
        Xrpc.Answer answer = xrpc.procedure(service, "com.atproto.server.createSession", xrpc.object()
                .put("identifier", handle.startsWith("@") ? handle.substring(1) : handle).put("password", password),
                null, "Bluesky sign-in");
        if (!answer.ok()) {
            throw signInProblem(answer);
        }
        return tokens(answer.body(), service);
    }

    private static AccountProblem signInProblem(Xrpc.Answer answer) {
        if ("AuthFactorTokenRequired".equals(answer.error())) {
            return new AccountProblem("Bluesky asks this account for a code sent by e-mail: sign in with an app "
                    + "password instead (Bluesky: Settings → Privacy and security → App passwords)", true);
        }
        if (answer.status() == 401) {
            return new AccountProblem("Bluesky refused the handle or app password: check both (an app password "
                    + "looks like xxxx-xxxx-xxxx-xxxx) — " + answer.problem(), true);
        }
        if ("AccountTakedown".equals(answer.error())) {
            return new AccountProblem("Bluesky has taken this account down: " + answer.problem(), true);
        }
        // a 429 (with its reset time), a server error or no answer: trying later may work
        boolean refused = answer.answered() && answer.status() / 100 == 4 && answer.status() != 429;
        return new AccountProblem("Bluesky sign-in did not work: " + answer.problem(), refused);
    }

    AccountTokens refresh(ChannelConnection channel) {
        if (channel.refreshToken() == null) {
            throw new AccountProblem("Bluesky " + channel.handle() + " has no refresh token: connect it again", true);
        }
        Xrpc.Answer answer = xrpc.procedure(trimmed(channel.baseUrl()), "com.atproto.server.refreshSession", null,
                channel.refreshToken(), "Bluesky session refresh");
        if (!answer.ok()) {
            boolean refused = answer.answered() && answer.status() / 100 == 4 && answer.status() != 429;
            throw new AccountProblem("Bluesky refused to refresh the session of " + channel.handle() + ": "
                    + answer.problem() + (refused ? "; connect the channel again with an app password" : ""),
                    refused);
        }
        return tokens(answer.body(), null);
    }

    AccountCheck account(ChannelConnection channel) {
        String actor = channel.accountId() != null ? channel.accountId() : channel.handle().replaceFirst("^@", "");
        Xrpc.Answer answer = xrpc.query(trimmed(channel.baseUrl()), "app.bsky.actor.getProfile",
                Map.of("actor", actor), channel.accessToken(), "Bluesky profile");
        if (!answer.ok()) {
            if (answer.tokenRefused()) {
                throw new AccountProblem("Bluesky refused the session of " + channel.handle() + ": "
                        + answer.problem(), true);
            }
            return AccountCheck.failed(answer.problem());
        }
        JsonNode profile = answer.body();
        JsonNode followers = profile.path("followersCount");
        return new AccountCheck(Xrpc.text(profile, "did"), "@" + Xrpc.text(profile, "handle"),
                Xrpc.text(profile, "displayName"), followers.canConvertToLong() ? followers.asLong() : null, null);
    }

    /**
     * The tokens of a session answer. The account's own PDS, where its repository lives, is named in the DID
     * document the answer may carry (service {@code #atproto_pds}); calls go there from now on.
     */
    private AccountTokens tokens(JsonNode session, String service) {
        String access = Xrpc.text(session, "accessJwt");
        if (access == null) {
            throw new AccountProblem("Bluesky answered without a session token", false);
        }
        String pds = pds(session.path("didDoc"));
        String handle = Xrpc.text(session, "handle");
        return new AccountTokens(Xrpc.text(session, "did"), handle == null ? null : "@" + handle,
                pds != null ? pds : service, access, Xrpc.text(session, "refreshJwt"), expiry(access));
    }

    private static String pds(JsonNode didDoc) {
        for (JsonNode service : didDoc.path("service")) {
            String id = Xrpc.text(service, "id");
            String endpoint = Xrpc.text(service, "serviceEndpoint");
            if (id != null && id.endsWith("#atproto_pds") && endpoint != null && endpoint.startsWith("https://")) {
                return trimmed(endpoint);
            }
        }
        return null;
    }

    /** When the access JWT expires, by its {@code exp} claim. */
    Instant expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length >= 2) {
            try {
                JsonNode claims = xrpc.json().readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                        StandardCharsets.UTF_8));
                if (claims.path("exp").canConvertToLong()) {
                    return Instant.ofEpochSecond(claims.path("exp").asLong());
                }
            } catch (Exception e) {
                // not a JWT we can read: fall back to the usual lifetime
            }
        }
        return clock.instant().plus(FALLBACK_LIFETIME);
    }

    static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
