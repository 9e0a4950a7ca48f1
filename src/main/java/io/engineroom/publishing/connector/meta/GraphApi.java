package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Graph API calls of the Facebook and Instagram connectors: requests with the token as
 * {@code Authorization: Bearer}, and what Graph's error object means
 * (<a href="https://developers.facebook.com/docs/graph-api/guides/error-handling">error handling</a>): code 190 is
 * a token Meta no longer takes (a person connects the channel again); codes 4, 17, 32, 613 and the business use case
 * codes 80001 to 80014 are rate limits (refused, so safe to try later, at the time Meta's usage headers name); any
 * other 4xx a refusal; a 5xx or no answer leaves the outcome unknown.
 */
final class GraphApi {

    static final int TOKEN_REFUSED = 190;
    private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613);
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    /** Graph's error object, or what stands in for it when the body had none. */
    record GraphError(int code, Integer subcode, String type, String message, String traceId) {

        String describe() {
            return message + " (" + (type == null ? "" : type + ", ") + "code " + code
                    + (subcode == null ? "" : ", subcode " + subcode) + (traceId == null ? "" : ", fbtrace_id "
                    + traceId) + ")";
        }
    }

    private final ConnectorHttp http;
    private final ObjectMapper json;
    private final Clock clock;

    GraphApi(ConnectorHttp http, ObjectMapper json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    ObjectMapper json() {
        return json;
    }

    Clock clock() {
        return clock;
    }

    ConnectorHttp http() {
        return http;
    }

    ConnectorHttp.Exchange get(String base, String path, Map<String, String> query, String token, String what) {
        return http.send(http.request(uri(base, path, query)).header("Authorization", "Bearer " + token).GET()
                .build(), what);
    }

    ConnectorHttp.Exchange post(String base, String path, ObjectNode body, String token, String what) {
        return http.send(http.request(uri(base, path, Map.of())).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), what);
    }

    ConnectorHttp.Exchange post(String base, String path, Multipart body, String token, String what) {
        return http.send(http.request(uri(base, path, Map.of())).header("Authorization", "Bearer " + token)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), what);
    }

    ConnectorHttp.Exchange delete(String base, String path, String token, String what) {
        return http.send(http.request(uri(base, path, Map.of())).header("Authorization", "Bearer " + token)
                .DELETE().build(), what);
    }

    static URI uri(String base, String path, Map<String, String> query) {
        String q = query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base.replaceAll("/+$", "") + path + (q.isEmpty() ? "" : "?" + q));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Whether the channel names its account, so a call for it can be addressed at all. */
    static boolean hasAccount(io.engineroom.brand.ChannelConnection channel) {
        return channel.accountId() != null && channel.accountId().matches("[A-Za-z0-9_.:=-]{1,200}");
    }

    /** A path segment made of a Graph id: ids are digits and underscores, nothing else goes in a path. */
    static String id(String graphId) {
        if (graphId == null || !graphId.matches("[A-Za-z0-9_.:=-]{1,200}")) {
            throw new IllegalArgumentException("Not a Graph id: " + graphId);
        }
        return "/" + graphId;
    }

    /** The answer's JSON, or null when it is not JSON. */
    JsonNode body(ConnectorHttp.Exchange exchange) {
        try {
            JsonNode body = json.readTree(exchange.response().body());
            return body == null || body.isMissingNode() ? null : body;
        } catch (Exception e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    static Long count(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }

    /** Graph's {@code created_time} and {@code timestamp} ({@code 2026-12-05T08:00:00+0000}). */
    static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    GraphError error(ConnectorHttp.Exchange exchange) {
        JsonNode error = body(exchange) == null ? null : body(exchange).get("error");
        if (error == null || !error.isObject()) {
            String body = exchange.response().body() == null ? "" : exchange.response().body().strip();
            return new GraphError(0, null, null, "HTTP " + exchange.status()
                    + (body.isEmpty() ? "" : ": " + ConnectorHttp.abbreviate(body)), null);
        }
        Long code = count(error, "code");
        Long subcode = count(error, "error_subcode");
        return new GraphError(code == null ? 0 : code.intValue(), subcode == null ? null : subcode.intValue(),
                text(error, "type"), String.valueOf(text(error, "message")), text(error, "fbtrace_id"));
    }

    boolean rateLimited(ConnectorHttp.Exchange exchange, GraphError error) {
        return exchange.status() == 429 || RATE_LIMITS.contains(error.code())
                || (error.code() >= 80001 && error.code() <= 80014);
    }

    /**
     * What a non-2xx answer (or none) means for a post or reply: refused (the token, a limit, a parameter) or,
     * for a 5xx or no answer, unknown.
     */
    PublishOutcome refusal(ConnectorHttp.Exchange exchange, String what) {
        if (!exchange.answered()) {
            return exchange.noAnswer();
        }
        GraphError error = error(exchange);
        if (error.code() == TOKEN_REFUSED || exchange.status() == 401) {
            return new PublishOutcome.Failed(what + ": Meta refused the channel's token, connect it again: "
                    + error.describe(), true);
        }
        if (rateLimited(exchange, error)) {
            return new PublishOutcome.Failed(what + ": rate limited by Meta, nothing posted; " + retryAt(exchange)
                    + ": " + error.describe());
        }
        if (exchange.status() / 100 == 4) {
            return new PublishOutcome.Failed(what + " refused by Meta: " + error.describe());
        }
        return new PublishOutcome.Unknown(what + ": Meta answered HTTP " + exchange.status() + ", it may have been "
                + "posted: " + error.describe());
    }

    /** What a non-2xx answer (or none) means for a read or a change of the account's own things. */
    AccountProblem problem(ConnectorHttp.Exchange exchange, String what) {
        if (!exchange.answered()) {
            return new AccountProblem(what + ": " + reason(exchange.noAnswer()), false);
        }
        GraphError error = error(exchange);
        if (error.code() == TOKEN_REFUSED || exchange.status() == 401) {
            return new AccountProblem(what + ": Meta refused the token, connect the channel again: "
                    + error.describe(), true);
        }
        if (rateLimited(exchange, error)) {
            return new AccountProblem(what + ": rate limited by Meta; " + retryAt(exchange) + ": "
                    + error.describe(), false);
        }
        return new AccountProblem(what + ": " + error.describe(), false);
    }

    static String reason(PublishOutcome outcome) {
        return outcome instanceof PublishOutcome.Unknown unknown ? unknown.reason()
                : outcome instanceof PublishOutcome.Failed failed ? failed.reason() : String.valueOf(outcome);
    }

    /**
     * When to try again: the largest {@code estimated_time_to_regain_access} (minutes) of
     * {@code X-Business-Use-Case-Usage} (page and Instagram tokens), else of {@code X-App-Usage}'s, as a time.
     */
    String retryAt(ConnectorHttp.Exchange exchange) {
        long minutes = -1;
        for (String header : new String[] {"X-Business-Use-Case-Usage", "X-App-Usage"}) {
            String value = exchange.response().headers().firstValue(header).orElse(null);
            if (value != null && minutes < 0) {
                minutes = regainMinutes(value);
            }
        }
        if (minutes < 0) {
            return "Meta named no time, its limits count over a rolling hour: try again in an hour";
        }
        Instant at = clock.instant().plus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        return "try again after " + at + " (in " + minutes + " min, from Meta's estimated_time_to_regain_access)";
    }

    private long regainMinutes(String header) {
        try {
            JsonNode usage = json.readTree(header);
            long most = -1;
            for (JsonNode node : usage.findValues("estimated_time_to_regain_access")) {
                if (node.canConvertToLong()) {
                    most = Math.max(most, node.asLong());
                }
            }
            return most;
        } catch (Exception e) {
            return -1;
        }
    }
}
