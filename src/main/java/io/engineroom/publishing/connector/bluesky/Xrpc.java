package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The AT Protocol's HTTP API (XRPC) on one host, over {@link ConnectorHttp}: a query is
 * {@code GET /xrpc/<nsid>?params}, a procedure {@code POST /xrpc/<nsid>} with a JSON (or, for a blob, raw) body, each
 * with the session's token as bearer. Errors come back as {@code {"error": name, "message": text}} with an HTTP
 * status; a 429 carries {@code ratelimit-reset} in epoch seconds
 * (https://docs.bsky.app/docs/advanced-guides/rate-limits, https://atproto.com/specs/xrpc). One try per call, like
 * every connector call.
 */
final class Xrpc {

    private final ConnectorHttp http;
    private final ObjectMapper json;

    Xrpc(ConnectorHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    ObjectMapper json() {
        return json;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** A query: parameters in the address (a list value repeats the name). */
    Answer query(String base, String nsid, Map<String, ?> params, String token, String what) {
        return query(base, nsid, params, token, what, Map.of());
    }

    /** A query with extra headers (Bluesky chat's {@code atproto-proxy}). */
    Answer query(String base, String nsid, Map<String, ?> params, String token, String what,
            Map<String, String> headers) {
        String query = params.entrySet().stream().flatMap(entry -> values(entry.getValue())
                .map(value -> encode(entry.getKey()) + "=" + encode(String.valueOf(value))))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = http.request(URI.create(base + "/xrpc/" + nsid + (query.isEmpty() ? ""
                : "?" + query))).GET();
        headers.forEach(request::header);
        return send(authorised(request, token), what);
    }

    private static Stream<?> values(Object value) {
        return value instanceof Iterable<?> values ? StreamSupport.stream(values.spliterator(), false)
                : Stream.of(value);
    }

    /** A procedure with a JSON body (null: none). */
    Answer procedure(String base, String nsid, JsonNode body, String token, String what) {
        return procedure(base, nsid, body, token, what, Map.of());
    }

    /** A procedure with extra headers. */
    Answer procedure(String base, String nsid, JsonNode body, String token, String what,
            Map<String, String> headers) {
        HttpRequest.Builder request = http.request(URI.create(base + "/xrpc/" + nsid));
        headers.forEach(request::header);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return send(authorised(request, token), what);
    }

    /** {@code com.atproto.repo.uploadBlob}: the bytes as the body, their type as Content-Type. */
    Answer upload(String base, byte[] bytes, String contentType, String token, String what) {
        HttpRequest.Builder request = http.request(URI.create(base + "/xrpc/com.atproto.repo.uploadBlob"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return send(authorised(request, token), what);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request, String what) {
        ConnectorHttp.Exchange exchange = http.send(request.build(), what);
        if (!exchange.answered()) {
            return new Answer(what, 0, null, null, null, null, exchange.noAnswer());
        }
        JsonNode body = parse(exchange.response().body());
        String error = body == null ? null : text(body, "error");
        String message = body == null ? null : text(body, "message");
        Instant reset = exchange.response().headers().firstValue("ratelimit-reset").flatMap(Xrpc::epochSeconds)
                .orElse(null);
        return new Answer(what, exchange.status(), body, error, message, reset, null);
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.path(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * One XRPC answer, or the outcome to report when none came.
     *
     * @param status 0 when no answer came
     * @param error the XRPC error name ({@code AuthenticationRequired}, {@code ExpiredToken}, {@code InvalidRequest},
     *              {@code RecordNotFound}, {@code RateLimitExceeded}...)
     * @param rateLimitReset when a rate limit resets, where the answer said
     */
    record Answer(String what, int status, JsonNode body, String error, String message, Instant rateLimitReset,
            PublishOutcome noAnswer) {

        boolean answered() {
            return noAnswer == null;
        }

        boolean ok() {
            return answered() && status / 100 == 2;
        }

        boolean tokenRefused() {
            return status == 401 || "InvalidToken".equals(error);
        }

        /** The answer's problem in words: what was asked, the status, the error and its message, a rate limit's end. */
        String problem() {
            if (!answered()) {
                return noAnswer instanceof PublishOutcome.Unknown unknown ? unknown.reason()
                        : ((PublishOutcome.Failed) noAnswer).reason();
            }
            String detail = what + " answered HTTP " + status + (error == null ? "" : " " + error)
                    + (message == null ? "" : ": " + ConnectorHttp.abbreviate(message));
            if (status == 429) {
                detail += rateLimitReset == null ? " (rate limit; try again later)"
                        : " (rate limit until " + rateLimitReset + "; try again after that)";
            }
            return detail;
        }

        /**
         * The outcome of a call that did not succeed: a refused token is said so (the channel must be connected
         * again), a 4xx (a 429 included) was certainly not acted on, a 5xx or no answer may have been.
         */
        PublishOutcome outcome() {
            if (!answered()) {
                return noAnswer;
            }
            if (tokenRefused()) {
                return new PublishOutcome.Failed(problem() + " (Bluesky refused the channel's session)", true);
            }
            return status / 100 == 4 ? new PublishOutcome.Failed(problem()) : new PublishOutcome.Unknown(problem());
        }
    }
}
