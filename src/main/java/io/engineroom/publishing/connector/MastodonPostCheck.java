package io.engineroom.publishing.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.Verification;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;

/**
 * The automatic check after a Mastodon publish call ended without a clear answer (a timeout or a lost connection
 * after the request left, or a 5xx): reads the account's newest statuses ({@code GET /api/v1/accounts/:id/statuses},
 * the id from the channel or {@code GET /api/v1/accounts/verify_credentials}; docs.joinmastodon.org/methods/accounts)
 * for one with the post's text created since the attempt. Mastodon keeps a status's text as HTML, so both sides
 * are compared as plain text with whitespace collapsed. A status made up to a minute before the attempt still counts:
 * the server's clock and ours may differ that much. A read, never a second post.
 */
final class MastodonPostCheck {

    /** Mastodon's largest page of an account's statuses. */
    static final int PAGE = 40;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final ConnectorHttp http;
    private final ObjectMapper json;

    MastodonPostCheck(ConnectorHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    Verification find(Post post, Instant sentAfter) {
        ChannelConnection channel = post.channel();
        String accountId = channel.accountId();
        if (accountId == null) {
            ConnectorHttp.Exchange me = http.send(get(channel, "/api/v1/accounts/verify_credentials"),
                    "Mastodon account");
            if (!me.ok()) {
                return new Verification.CannotTell("could not read which account " + channel.handle() + " is ("
                        + why(me) + ")");
            }
            accountId = text(me.response().body(), "id");
            if (accountId == null) {
                return new Verification.CannotTell("Mastodon's answer names no account id");
            }
        }
        ConnectorHttp.Exchange page = http.send(get(channel, "/api/v1/accounts/"
                + URLEncoder.encode(accountId, StandardCharsets.UTF_8) + "/statuses?limit=" + PAGE
                + "&exclude_reblogs=true"), "Mastodon statuses");
        if (!page.ok()) {
            return new Verification.CannotTell("could not read the statuses of " + channel.handle() + " ("
                    + why(page) + ")");
        }
        JsonNode statuses;
        try {
            statuses = json.readTree(page.response().body());
        } catch (Exception e) {
            return new Verification.CannotTell("Mastodon's list of statuses is unreadable");
        }
        if (statuses == null || !statuses.isArray()) {
            return new Verification.CannotTell("Mastodon's answer is not a list of statuses");
        }
        String wanted = plain(post.text());
        Instant since = sentAfter.minus(CLOCK_SKEW);
        int read = 0;
        for (JsonNode status : statuses) {
            read++;
            Instant created = instant(status.path("created_at").asText(null));
            if (created != null && !created.isBefore(since)
                    && wanted.equals(plain(Jsoup.parse(status.path("content").asText("")).text()))) {
                return new Verification.Found(status.path("url").asText(null), status.path("id").asText(null));
            }
        }
        return new Verification.NotFound("the newest " + read + " statuses of " + channel.handle()
                + " have none with this text since " + sentAfter);
    }

    private HttpRequest get(ChannelConnection channel, String path) {
        return http.request(URI.create(channel.baseUrl() + path))
                .header("Authorization", "Bearer " + channel.accessToken()).GET().build();
    }

    /** Text as a reader sees it: runs of whitespace (new lines included) as one space, none at the ends. */
    static String plain(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String why(ConnectorHttp.Exchange exchange) {
        return exchange.answered() ? "HTTP " + exchange.status() : String.valueOf(exchange.noAnswer());
    }

    private String text(String body, String name) {
        try {
            JsonNode value = json.readTree(body).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (Exception e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
