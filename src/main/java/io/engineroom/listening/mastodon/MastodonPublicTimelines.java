package io.engineroom.listening.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.listening.FoundPost;
import io.engineroom.listening.PublicSource;
import io.engineroom.listening.TermKind;
import io.engineroom.listening.TrackedTerm;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads Mastodon's public API, without a token: each tracked hashtag's timeline
 * ({@code GET /api/v1/timelines/tag/{tag}}), the server's public timeline filtered by the tracked keywords
 * ({@code GET /api/v1/timelines/public}), and each tracked account's own posts ({@code GET
 * /api/v1/accounts/lookup?acct=} then {@code GET /api/v1/accounts/{id}/statuses}). Each stream asks only for what
 * is newer than its cursor ({@code since_id}); a first read takes the newest page, not the history. Only GETs, so a
 * failed read is simply read again next poll; the address is checked before each request (the server is one a
 * person typed, or the brand's channel's).
 */
@Component
public class MastodonPublicTimelines implements PublicSource {

    public static final String SOURCE = "MASTODON";
    static final int PAGE_SIZE = 40;
    private static final Logger LOG = LoggerFactory.getLogger(MastodonPublicTimelines.class);

    private final ObjectMapper json;
    private final OutboundAddresses addresses;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    MastodonPublicTimelines(ObjectMapper json, OutboundAddresses addresses) {
        this.json = json;
        this.addresses = addresses;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public SourceRead read(ListeningPlan plan) {
        if (plan.mastodonServer() == null || plan.terms().isEmpty()) {
            return new SourceRead(List.of(), Map.of());
        }
        String server = plan.mastodonServer().replaceAll("/+$", "");
        List<FoundPost> posts = new ArrayList<>();
        Map<String, String> cursors = new HashMap<>();
        List<TrackedTerm> keywords = new ArrayList<>();
        for (TrackedTerm term : plan.terms()) {
            switch (term.kind()) {
                case HASHTAG -> stream(server + "/api/v1/timelines/tag/" + path(term.term()) + "?limit=" + PAGE_SIZE,
                        "hashtag:" + term.term(), plan, status -> term, posts, cursors);
                case ACCOUNT -> accountId(server, term.term()).ifPresent(id -> stream(server + "/api/v1/accounts/"
                        + path(id) + "/statuses?exclude_reblogs=true&limit=" + PAGE_SIZE, "account:" + term.term(),
                        plan, status -> term, posts, cursors));
                case KEYWORD -> keywords.add(term);
            }
        }
        if (!keywords.isEmpty()) {
            stream(server + "/api/v1/timelines/public?limit=" + PAGE_SIZE, "public", plan,
                    status -> matching(keywords, status), posts, cursors);
        }
        return new SourceRead(posts, cursors);
    }

    /** Which term a status was found for: null leaves it out. */
    private interface TermOf {
        TrackedTerm of(Status status);
    }

    private void stream(String url, String stream, ListeningPlan plan, TermOf termOf, List<FoundPost> posts,
            Map<String, String> cursors) {
        String since = plan.cursors().get(stream);
        JsonNode statuses = get(url + (since == null ? "" : "&since_id=" + URLEncoder.encode(since,
                StandardCharsets.UTF_8)));
        if (statuses == null || !statuses.isArray()) {
            return;
        }
        String newest = since;
        for (JsonNode node : statuses) {
            Status status = status(node);
            if (status == null) {
                continue;
            }
            newest = newer(newest, status.id());
            TrackedTerm term = termOf.of(status);
            if (term != null) {
                posts.add(new FoundPost(status.id(), term, status.author(), status.text(), status.url(),
                        status.createdAt()));
            }
        }
        if (newest != null && !newest.equals(since)) {
            cursors.put(stream, newest);
        }
    }

    private Optional<String> accountId(String server, String acct) {
        JsonNode account = get(server + "/api/v1/accounts/lookup?acct=" + URLEncoder.encode(acct,
                StandardCharsets.UTF_8));
        return account == null ? Optional.empty() : Optional.ofNullable(account.path("id").asText(null))
                .filter(id -> id.matches("[A-Za-z0-9_-]{1,64}"));
    }

    private JsonNode get(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException unreadable) {
            LOG.warn("Listening not read: {} is not an address", url);
            return null;
        }
        Optional<String> refused = addresses.refusal(uri);
        if (refused.isPresent()) {
            LOG.warn("Listening not read from {}: {}", uri.getHost(), refused.get());
            return null;
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                LOG.warn("Listening not read from {}: Mastodon answered HTTP {}", uri.getPath(), answer.statusCode());
                return null;
            }
            return json.readTree(answer.body());
        } catch (IOException e) {
            LOG.warn("Listening not read from {}: {}", uri.getPath(), e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A status as listening keeps it, or null for a boost (the boosted post is its author's, found on its own). */
    static Status status(JsonNode node) {
        String id = node.path("id").asText(null);
        if (id == null || id.length() > 100 || node.path("reblog").isObject()) {
            return null;
        }
        JsonNode account = node.path("account");
        String text = Jsoup.parse(node.path("content").asText("")).text().strip();
        String spoiler = node.path("spoiler_text").asText("").strip();
        if (!spoiler.isEmpty()) {
            text = spoiler + " — " + text;
        }
        if (text.isBlank()) {
            text = "(no text)";
        }
        String url = node.hasNonNull("url") ? node.path("url").asText() : node.path("uri").asText(null);
        return new Status(id, account.hasNonNull("acct") ? "@" + account.path("acct").asText() : null,
                text.length() > 4000 ? text.substring(0, 3999) + "…" : text,
                url != null && url.length() <= 1000 && url.startsWith("http") ? url : null,
                instant(node.path("created_at").asText(null)));
    }

    /** The first keyword the status's text holds as whole words, case aside; null when none does. */
    static TrackedTerm matching(List<TrackedTerm> keywords, Status status) {
        for (TrackedTerm keyword : keywords) {
            if (keyword.kind() == TermKind.KEYWORD && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(
                    keyword.term()) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(status.text()).find()) {
                return keyword;
            }
        }
        return null;
    }

    /** Mastodon ids are growing numbers as strings; the larger of the two (a non-number never wins). */
    static String newer(String a, String b) {
        boolean aNumber = a != null && a.matches("\\d{1,30}");
        boolean bNumber = b != null && b.matches("\\d{1,30}");
        if (!aNumber) {
            return bNumber ? b : a;
        }
        return bNumber && new BigInteger(b).compareTo(new BigInteger(a)) > 0 ? b : a;
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    record Status(String id, String author, String text, String url, Instant createdAt) {
    }
}
