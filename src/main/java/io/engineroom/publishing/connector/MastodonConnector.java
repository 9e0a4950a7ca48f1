package io.engineroom.publishing.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingConnector;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts a status through the Mastodon REST API: the media first ({@link MastodonMedia}), then the status
 * ({@code POST /api/v1/statuses}) with an {@code Idempotency-Key}, which Mastodon uses to answer a repeated
 * request with the status it already made instead of a second one.
 */
@Component
public class MastodonConnector implements PublishingConnector {

    private final ConnectorHttp http;
    private final ObjectMapper json;
    private final MastodonMedia media;

    @Autowired
    public MastodonConnector(ConnectorHttp http, ObjectMapper json) {
        // a video takes Mastodon seconds to a minute to process
        this(http, json, Duration.ofSeconds(2), Duration.ofSeconds(90));
    }

    MastodonConnector(ConnectorHttp http, ObjectMapper json, Duration pollInterval, Duration maxProcessingWait) {
        this.http = http;
        this.json = json;
        this.media = new MastodonMedia(http, json, pollInterval, maxProcessingWait);
    }

    @Override
    public Connector type() {
        return Connector.MASTODON;
    }

    @Override
    public String describe(Post post) {
        String base = post.channel().baseUrl();
        return post.media().stream().map(medium -> "POST " + base + "/api/v2/media " + medium.describe() + ", then ")
                .collect(Collectors.joining())
                + "POST " + base + "/api/v1/statuses (Idempotency-Key " + post.idempotencyKey() + ") as "
                + post.channel().handle() + ": " + ConnectorHttp.abbreviate(post.text());
    }

    @Override
    public PublishOutcome publish(Post post) {
        MastodonMedia.Uploaded media = this.media.upload(post);
        if (media.failure() != null) {
            return media.failure();
        }
        ConnectorHttp.Exchange status = http.send(statusRequest(post, media.ids()), "Mastodon");
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

    private HttpRequest statusRequest(Post post, List<String> mediaIds) {
        ObjectNode body = json.createObjectNode().put("status", post.text());
        if (!mediaIds.isEmpty()) {
            ArrayNode ids = body.putArray("media_ids");
            mediaIds.forEach(ids::add);
        }
        return http.request(URI.create(post.channel().baseUrl() + "/api/v1/statuses"))
                .header("Authorization", "Bearer " + post.channel().accessToken())
                .header("Idempotency-Key", post.idempotencyKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
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
