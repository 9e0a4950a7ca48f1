package io.engineroom.publishing.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The requests every LinkedIn call shares, and what LinkedIn's answers mean. LinkedIn's versioned REST API
 * ({@code /rest/...}) asks for two headers on every request, {@code LinkedIn-Version} (which monthly version of the
 * API we were built against; a version is served for a year after its release) and
 * {@code X-Restli-Protocol-Version: 2.0.0}; URNs in paths and query parameters are URL-encoded
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/versioning">Marketing API versioning</a>,
 * <a href="https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/protocol-version">Rest.li protocol
 * 2.0</a>). LinkedIn gives no reset time with a 429: its limits are per day and reset at midnight UTC
 * (<a href="https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits">rate limits</a>).
 */
final class LinkedInApi {

    /** The API version this connector's requests and answers follow. */
    static final String VERSION = "202605";
    static final String DEFAULT_BASE = "https://api.linkedin.com";

    private final ConnectorHttp http;
    private final ObjectMapper json;
    private final Clock clock;

    LinkedInApi(ConnectorHttp http, ObjectMapper json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    ObjectMapper json() {
        return json;
    }

    ConnectorHttp http() {
        return http;
    }

    Clock clock() {
        return clock;
    }

    static String base(ChannelConnection channel) {
        String base = channel.baseUrl() == null || channel.baseUrl().isBlank() ? DEFAULT_BASE : channel.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A URN (or any value) as a path segment or query value: {@code urn%3Ali%3Aorganization%3A42}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A request to {@code base + pathAndQuery} with the token and LinkedIn's two headers. */
    HttpRequest.Builder request(String base, String pathAndQuery, String accessToken) {
        return http.request(URI.create(base + pathAndQuery)).header("Authorization", "Bearer " + accessToken)
                .header("LinkedIn-Version", VERSION).header("X-Restli-Protocol-Version", "2.0.0");
    }

    ConnectorHttp.Exchange get(String base, String pathAndQuery, String accessToken, String what) {
        return http.send(request(base, pathAndQuery, accessToken).GET().build(), what);
    }

    /** A Rest.li finder ({@code q=...}): LinkedIn's samples name the method in a header. */
    ConnectorHttp.Exchange find(String base, String pathAndQuery, String accessToken, String what) {
        return http.send(request(base, pathAndQuery, accessToken).header("X-RestLi-Method", "FINDER").GET().build(),
                what);
    }

    ConnectorHttp.Exchange postJson(String base, String pathAndQuery, String accessToken, ObjectNode body,
            String what) {
        return http.send(request(base, pathAndQuery, accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(), what);
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    /** The answer's JSON; an empty object when it does not parse (a 2xx answer still means it happened). */
    JsonNode body(ConnectorHttp.Exchange exchange) {
        try {
            String body = exchange.response().body();
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    /**
     * What a refused or unanswered call means for a post or reply: 401 is a token LinkedIn no longer takes (a person
     * connects the channel again), 429 a daily limit (try after midnight UTC), another 4xx a refusal of this request
     * (not posted), a 5xx or no answer an unknown outcome.
     */
    PublishOutcome outcome(ConnectorHttp.Exchange exchange, String what) {
        if (!exchange.answered()) {
            return exchange.noAnswer();
        }
        int status = exchange.status();
        if (status == 401) {
            return new PublishOutcome.Failed(what + ": LinkedIn refused the channel's token (HTTP 401"
                    + detail(exchange) + "): connect the channel again", true);
        }
        if (status == 429) {
            return new PublishOutcome.Failed(rateLimited(what));
        }
        return exchange.refusal(what + " (LinkedIn)");
    }

    /** Why a call did not work, in words, for a log line or a refusal. */
    String why(ConnectorHttp.Exchange exchange) {
        if (!exchange.answered()) {
            PublishOutcome none = exchange.noAnswer();
            return none instanceof PublishOutcome.Unknown unknown ? unknown.reason()
                    : none instanceof PublishOutcome.Failed failed ? failed.reason() : String.valueOf(none);
        }
        if (exchange.status() == 429) {
            return rateLimited("LinkedIn");
        }
        return "HTTP " + exchange.status() + detail(exchange);
    }

    /** A 401 on a read or an account call: the token is refused, a person connects the channel again. */
    static AccountProblem tokenRefused(String what, ConnectorHttp.Exchange exchange) {
        return new AccountProblem(what + ": LinkedIn refused the channel's token (HTTP 401): connect the channel "
                + "again", true);
    }

    String rateLimited(String what) {
        Instant midnight = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        return what + ": LinkedIn's daily request limit is used up (HTTP 429). LinkedIn's limits reset at midnight "
                + "UTC: try again after " + midnight;
    }

    private String detail(ConnectorHttp.Exchange exchange) {
        String body = exchange.response().body();
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode message = json.readTree(body).get("message");
            if (message != null && message.isTextual()) {
                return ", " + ConnectorHttp.abbreviate(message.asText());
            }
        } catch (Exception e) {
            // not JSON: the text itself
        }
        return ", " + ConnectorHttp.abbreviate(body.strip());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    static Long number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }

    /** Where people see a post: its feed address. */
    static String postUrl(String urn) {
        return "https://www.linkedin.com/feed/update/" + urn;
    }
}
