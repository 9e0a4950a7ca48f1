package io.engineroom.publishing.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The X API v2 as every part of the X connector calls it: requests with the channel's bearer token on the channel's
 * API base, made once through {@link ConnectorHttp}, and X's answers read the same way everywhere. X answers errors
 * as RFC 7807 problems ({@code title}, {@code detail}, {@code status}); a 401 means the token is no longer accepted
 * (a person connects the channel again); a 429 says in {@code x-rate-limit-reset} (epoch seconds) when the window
 * resets (see https://docs.x.com/x-api/fundamentals/rate-limits).
 */
final class XApi {

    static final String DEFAULT_API = "https://api.x.com";

    private final ConnectorHttp http;
    private final ObjectMapper json;

    XApi(ConnectorHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    ConnectorHttp http() {
        return http;
    }

    ObjectMapper json() {
        return json;
    }

    HttpRequest.Builder request(ChannelConnection channel, String path) {
        return request(channel.baseUrl(), channel.accessToken(), path);
    }

    HttpRequest.Builder request(String baseUrl, String accessToken, String path) {
        String base = baseUrl == null || baseUrl.isBlank() ? DEFAULT_API : baseUrl.replaceAll("/+$", "");
        return http.request(URI.create(base + path)).header("Authorization", "Bearer " + accessToken);
    }

    ConnectorHttp.Exchange get(ChannelConnection channel, String path, String what) {
        return http.send(request(channel, path).GET().build(), what);
    }

    ConnectorHttp.Exchange postJson(ChannelConnection channel, String path, Object body, String what) {
        return http.send(request(channel, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)).build(), what);
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write a request body", e);
        }
    }

    /** The answer's JSON; a missing node when it does not parse (a 2xx whose body is not what the docs say). */
    JsonNode body(ConnectorHttp.Exchange exchange) {
        try {
            String body = exchange.response().body();
            return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * The outcome of a call that did not succeed: no answer or a 5xx is unknown (it may have been done), a 401 is a
     * refused token, a 429 names when X's window resets, any other 4xx is a refusal (certainly not done).
     */
    PublishOutcome failure(ConnectorHttp.Exchange exchange, String what) {
        if (!exchange.answered()) {
            return exchange.noAnswer();
        }
        int status = exchange.status();
        if (status == 401) {
            return new PublishOutcome.Failed(what + ": X no longer accepts the channel's token (HTTP 401" + detail(
                    exchange) + "): connect the channel again", true);
        }
        if (status == 429) {
            return new PublishOutcome.Failed(what + ": X's rate limit is reached (HTTP 429)" + resetsAt(exchange)
                    + "; not sent, try again after that");
        }
        if (status / 100 == 4) {
            return new PublishOutcome.Failed(what + ": X refused it (HTTP " + status + detail(exchange) + ")");
        }
        return new PublishOutcome.Unknown(what + ": X answered HTTP " + status + detail(exchange)
                + ", so it may or may not have been done");
    }

    /** The same refusal for a call that is not a post (a read, a refresh): thrown, for the caller to record. */
    AccountProblem problem(ConnectorHttp.Exchange exchange, String what) {
        PublishOutcome outcome = failure(exchange, what);
        if (outcome instanceof PublishOutcome.Failed failed) {
            return new AccountProblem(failed.reason(), failed.tokenRefused());
        }
        return new AccountProblem(reason(outcome), false);
    }

    /** ", it resets at 2026-12-05T09:15:00Z" from {@code x-rate-limit-reset}, or nothing when X did not say. */
    static String resetsAt(ConnectorHttp.Exchange exchange) {
        return exchange.response().headers().firstValue("x-rate-limit-reset").filter(v -> v.matches("\\d{1,12}"))
                .map(v -> ", it resets at " + Instant.ofEpochSecond(Long.parseLong(v))).orElse("");
    }

    /** X's problem {@code detail} (or {@code title}), abbreviated, as ": ..." ; nothing when the body says none. */
    String detail(ConnectorHttp.Exchange exchange) {
        JsonNode body = body(exchange);
        String detail = body.path("detail").asText(body.path("title").asText(""));
        if (detail.isBlank()) {
            detail = body.path("errors").path(0).path("message").asText("");
        }
        if (detail.isBlank() && body.isMissingNode()) {
            String raw = exchange.response().body();
            detail = raw == null ? "" : raw.strip();
        }
        return detail.isBlank() ? "" : ": " + ConnectorHttp.abbreviate(detail);
    }

    static String reason(PublishOutcome outcome) {
        return outcome instanceof PublishOutcome.Unknown unknown ? unknown.reason()
                : outcome instanceof PublishOutcome.Failed failed ? failed.reason() : String.valueOf(outcome);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The account's name on X without the {@code @} Engine Room shows it with. */
    static String username(ChannelConnection channel) {
        String handle = channel.handle() == null ? "" : channel.handle().strip();
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    static String postUrl(String username, String id) {
        return "https://x.com/" + username + "/status/" + id;
    }
}
