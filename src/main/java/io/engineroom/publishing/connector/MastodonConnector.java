package io.engineroom.publishing.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.Media;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingConnector;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts a status through the Mastodon REST API: the media first ({@code POST /api/v2/media}), then the status
 * ({@code POST /api/v1/statuses}) with an {@code Idempotency-Key}, which Mastodon uses to answer a repeated
 * request with the status it already made instead of a second one.
 */
@Component
public class MastodonConnector implements PublishingConnector {

    static final String ENGAGEMENT_SOURCE = "mastodon-api";
    private static final Logger LOG = LoggerFactory.getLogger(MastodonConnector.class);

    private final ConnectorHttp http;
    private final ObjectMapper json;

    public MastodonConnector(ConnectorHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public Connector type() {
        return Connector.MASTODON;
    }

    @Override
    public String describe(Post post) {
        String base = post.channel().baseUrl();
        return (post.media() == null ? "" : "POST " + base + "/api/v2/media " + post.media().describe() + ", then ")
                + "POST " + base + "/api/v1/statuses (Idempotency-Key " + post.idempotencyKey() + ") as "
                + post.channel().handle() + ": " + ConnectorHttp.abbreviate(post.text());
    }

    @Override
    public PublishOutcome publish(Post post) {
        String mediaId = null;
        if (post.media() != null) {
            ConnectorHttp.Exchange upload = http.send(uploadRequest(post), "Mastodon media upload");
            if (!upload.ok()) {
                // Whatever happened to the upload, no status exists yet: an orphan upload is never shown, so this
                // is "not posted" even when the upload itself timed out.
                String why = upload.answered() ? "HTTP " + upload.status() + " " + ConnectorHttp.abbreviate(
                        upload.response().body()) : String.valueOf(reasonOf(upload.noAnswer()));
                return new PublishOutcome.Failed("Mastodon media upload failed, status not posted: " + why);
            }
            mediaId = field(upload.response().body(), "id");
            if (mediaId == null) {
                return new PublishOutcome.Failed("Mastodon media upload answered without a media id; status not posted");
            }
        }
        ConnectorHttp.Exchange status = http.send(statusRequest(post, mediaId), "Mastodon");
        if (!status.answered()) {
            return status.noAnswer();
        }
        if (!status.ok()) {
            return status.refusal("Mastodon");
        }
        // 2xx: the status exists, even if the answer does not parse
        String body = status.response().body();
        return new PublishOutcome.Published(field(body, "url"), field(body, "id"));
    }

    private HttpRequest statusRequest(Post post, String mediaId) {
        ObjectNode body = json.createObjectNode().put("status", post.text());
        if (mediaId != null) {
            body.putArray("media_ids").add(mediaId);
        }
        return http.request(URI.create(post.channel().baseUrl() + "/api/v1/statuses"))
                .header("Authorization", "Bearer " + post.channel().accessToken())
                .header("Idempotency-Key", post.idempotencyKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
    }

    private HttpRequest uploadRequest(Post post) {
        String boundary = "engineroom-" + UUID.randomUUID();
        return http.request(URI.create(post.channel().baseUrl() + "/api/v2/media"))
                .header("Authorization", "Bearer " + post.channel().accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(post.media(), boundary))).build();
    }

    private static byte[] multipart(Media media, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\""
                + media.fileName().replace("\"", "") + "\"\r\n"
                + "Content-Type: " + media.contentType() + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(media.bytes());
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String field(String body, String name) {
        try {
            JsonNode value = json.readTree(body).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (Exception e) {
            return null;
        }
    }

    private static String reasonOf(PublishOutcome outcome) {
        return outcome instanceof PublishOutcome.Unknown unknown ? unknown.reason()
                : outcome instanceof PublishOutcome.Failed failed ? failed.reason() : outcome.toString();
    }

    @Override
    public boolean reportsEngagement() {
        return true;
    }

    /**
     * Reads a status's counts ({@code GET /api/v1/statuses/:id}): replies, boosts and favourites. Mastodon shows
     * no impressions or reach, so those stay empty. A failed read is logged and reported as nothing.
     */
    @Override
    public Optional<EngagementCounts> engagement(ChannelConnection channel, String remoteId) {
        ConnectorHttp.Exchange answer = http.send(http.request(URI.create(channel.baseUrl() + "/api/v1/statuses/"
                        + URLEncoder.encode(remoteId, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + channel.accessToken()).GET().build(), "Mastodon status counts");
        if (!answer.ok()) {
            LOG.warn("Engagement of status {} on {} not collected: {}", remoteId, channel,
                    answer.answered() ? "HTTP " + answer.status() : reasonOf(answer.noAnswer()));
            return Optional.empty();
        }
        try {
            JsonNode status = json.readTree(answer.response().body());
            Long comments = count(status, "replies_count");
            Long shares = count(status, "reblogs_count");
            Long likes = count(status, "favourites_count");
            if (comments == null || shares == null || likes == null) {
                LOG.warn("Engagement of status {} on {} not collected: the answer has no counts", remoteId, channel);
                return Optional.empty();
            }
            return Optional.of(new EngagementCounts(ENGAGEMENT_SOURCE, null, null, comments + shares + likes, likes,
                    null, shares, comments, null));
        } catch (Exception e) {
            LOG.warn("Engagement of status {} on {} not collected: unreadable answer ({})", remoteId, channel,
                    e.toString());
            return Optional.empty();
        }
    }

    private static Long count(JsonNode status, String name) {
        JsonNode value = status == null ? null : status.get(name);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }
}
