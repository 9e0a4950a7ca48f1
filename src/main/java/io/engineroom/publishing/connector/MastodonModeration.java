package io.engineroom.publishing.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Mastodon's part of moderation, from the REST API's documentation (docs.joinmastodon.org/methods/accounts,
 * /methods/statuses). Block and mute act on the author's account ({@code POST /api/v1/accounts/:id/block} and
 * {@code /mute}, the id found with {@code GET /api/v1/accounts/lookup?acct=}). Delete removes only the brand's own
 * status ({@code DELETE /api/v1/statuses/:id}): Mastodon has no API for an account to delete or hide someone else's
 * reply, so delete of another's status and every hide are left to a person, with the link to the status (a server's
 * web address for a status it knows, {@code /@acct/:id}, works for local and remote authors alike). A 401 is the
 * token refused ({@link AccountProblem}); a 429 says when Mastodon's limit resets ({@code X-RateLimit-Reset}).
 */
final class MastodonModeration {

    private final ConnectorHttp http;
    private final ObjectMapper json;

    MastodonModeration(ConnectorHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    ModerationOutcome moderate(ChannelConnection channel, String statusId, String authorHandle,
            ModerationAction action) {
        String acct = authorHandle == null ? "" : authorHandle.strip().replaceFirst("^@", "");
        String link = channel.baseUrl() + "/@" + acct + "/" + statusId;
        return switch (action) {
            case HIDE -> new ModerationOutcome.ByHand("Mastodon has no way for an account to hide someone else's "
                    + "reply: open " + link + " and report it to the server's moderators, or block or mute @" + acct);
            case DELETE -> deleteOwn(channel, statusId, link);
            case BLOCK, MUTE -> relationship(channel, acct, action, link);
        };
    }

    private ModerationOutcome relationship(ChannelConnection channel, String acct, ModerationAction action,
            String link) {
        if (acct.isEmpty()) {
            return new ModerationOutcome.Failed("The interaction has no author to " + verb(action));
        }
        ConnectorHttp.Exchange lookup = http.send(authorized(channel, "/api/v1/accounts/lookup?acct="
                + URLEncoder.encode(acct, StandardCharsets.UTF_8)).GET().build(), "Mastodon account lookup");
        if (!lookup.ok()) {
            return failure(lookup, "find @" + acct, link);
        }
        String accountId = field(lookup.response().body(), "id");
        if (accountId == null) {
            return new ModerationOutcome.Failed("Mastodon's answer names no account for @" + acct);
        }
        String path = "/api/v1/accounts/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8) + "/"
                + verb(action);
        ConnectorHttp.Exchange answer = http.send(authorized(channel, path).POST(HttpRequest.BodyPublishers.noBody())
                .build(), "Mastodon " + verb(action));
        if (!answer.ok()) {
            return failure(answer, verb(action) + " @" + acct, link);
        }
        String flag = action == ModerationAction.BLOCK ? "blocking" : "muting";
        if (!"true".equals(field(answer.response().body(), flag))) {
            return new ModerationOutcome.Failed("Mastodon answered, but its relationship does not say " + flag
                    + " @" + acct);
        }
        return new ModerationOutcome.Applied((action == ModerationAction.BLOCK ? "Blocked" : "Muted") + " @" + acct
                + " (account " + accountId + ")");
    }

    private ModerationOutcome deleteOwn(ChannelConnection channel, String statusId, String link) {
        String path = "/api/v1/statuses/" + URLEncoder.encode(statusId, StandardCharsets.UTF_8);
        ConnectorHttp.Exchange status = http.send(authorized(channel, path).GET().build(), "Mastodon status");
        if (!status.ok()) {
            return failure(status, "read status " + statusId, link);
        }
        String owner = account(status.response().body());
        String own = channel.accountId() != null ? channel.accountId() : ownAccountId(channel);
        if (own == null) {
            return new ModerationOutcome.Failed("Could not read which account " + channel.handle() + " is");
        }
        if (!own.equals(owner)) {
            return new ModerationOutcome.ByHand("Mastodon lets an account delete only its own statuses: open "
                    + link + " and report it to the server's moderators, or block its author");
        }
        ConnectorHttp.Exchange deleted = http.send(authorized(channel, path).DELETE().build(), "Mastodon delete");
        if (!deleted.ok()) {
            return failure(deleted, "delete status " + statusId, link);
        }
        return new ModerationOutcome.Applied("Deleted the brand's own status " + statusId);
    }

    private String ownAccountId(ChannelConnection channel) {
        ConnectorHttp.Exchange me = http.send(authorized(channel, "/api/v1/accounts/verify_credentials").GET()
                .build(), "Mastodon account");
        if (me.answered() && me.status() == 401) {
            throw new AccountProblem("Mastodon refused the token of " + channel.handle() + " (HTTP 401)", true);
        }
        return me.ok() ? field(me.response().body(), "id") : null;
    }

    private HttpRequest.Builder authorized(ChannelConnection channel, String path) {
        return http.request(URI.create(channel.baseUrl() + path))
                .header("Authorization", "Bearer " + channel.accessToken());
    }

    /** Why a call did not work: a refused token is the channel's problem, a limit says when it resets. */
    private static ModerationOutcome failure(ConnectorHttp.Exchange exchange, String what, String link) {
        if (!exchange.answered()) {
            return new ModerationOutcome.Failed("Could not " + what + ": " + exchange.noAnswer());
        }
        if (exchange.status() == 401) {
            throw new AccountProblem("Mastodon refused the token (HTTP 401) while trying to " + what, true);
        }
        if (exchange.status() == 429) {
            String reset = exchange.response().headers().firstValue("X-RateLimit-Reset").orElse("unknown");
            return new ModerationOutcome.Failed("Mastodon's rate limit is reached (HTTP 429); it resets at " + reset
                    + ". Try " + link + " by hand or later");
        }
        String body = exchange.response().body() == null ? "" : exchange.response().body().strip();
        return new ModerationOutcome.Failed("Could not " + what + ": Mastodon answered HTTP " + exchange.status()
                + (body.isEmpty() ? "" : " " + ConnectorHttp.abbreviate(body)) + " (" + link + ")");
    }

    private static String verb(ModerationAction action) {
        return action == ModerationAction.BLOCK ? "block" : "mute";
    }

    private String account(String body) {
        try {
            JsonNode id = json.readTree(body).path("account").path("id");
            return id.isMissingNode() || id.isNull() ? null : id.asText();
        } catch (Exception e) {
            return null;
        }
    }

    private String field(String body, String name) {
        try {
            JsonNode value = json.readTree(body).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (Exception e) {
            return null;
        }
    }
}
