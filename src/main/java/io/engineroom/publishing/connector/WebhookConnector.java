package io.engineroom.publishing.connector;

import io.engineroom.base.Secrets;
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
import java.time.Clock;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sends a post as signed JSON to the brand's own endpoint, which posts it wherever it likes. The receiver checks
 * {@code X-EngineRoom-Signature} (HMAC-SHA256 of the exact body bytes with the channel's secret) and should
 * de-duplicate by {@code idempotencyKey}. The body repeats the timestamp header as {@code sentAt}, so the
 * signature covers it and a receiver can reject old replays.
 */
@Component
public class WebhookConnector implements PublishingConnector {

    public static final String SIGNATURE_HEADER = "X-EngineRoom-Signature";
    public static final String TIMESTAMP_HEADER = "X-EngineRoom-Timestamp";

    private final ConnectorHttp http;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookConnector(ConnectorHttp http, ObjectMapper json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Connector type() {
        return Connector.WEBHOOK;
    }

    @Override
    public String describe(Post post) {
        return "POST " + post.channel().webhookUrl() + " (idempotencyKey " + post.idempotencyKey() + ") for "
                + post.channel().platform().displayName() + " " + post.channel().handle() + ": "
                + ConnectorHttp.abbreviate(post.text())
                + post.media().stream().map(medium -> " + " + medium.describe()).collect(Collectors.joining());
    }

    @Override
    public PublishOutcome publish(Post post) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = body(post, timestamp);
        HttpRequest request = http.request(URI.create(post.channel().webhookUrl()))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, "sha256=" + hmacSha256Hex(post.channel().webhookSecret(), body))
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        ConnectorHttp.Exchange answer = http.send(request, "Webhook");
        if (!answer.answered()) {
            return answer.noAnswer();
        }
        if (!answer.ok()) {
            return answer.refusal("Webhook");
        }
        return new PublishOutcome.Published(field(answer.response().body(), "url"),
                field(answer.response().body(), "id"));
    }

    private byte[] body(Post post, long timestamp) {
        ObjectNode body = json.createObjectNode().put("idempotencyKey", post.idempotencyKey())
                .put("channel", post.channel().channelId()).put("platform", post.channel().platform().name())
                .put("handle", post.channel().handle()).put("text", post.text()).put("sentAt", timestamp);
        // what is attached, not the bytes: up to four videos would make a signed body too large to send and
        // record; the checksums let a receiver match files it gets by other means
        if (!post.media().isEmpty()) {
            ArrayNode media = body.putArray("media");
            post.media().forEach(medium -> media.addObject().put("fileName", medium.fileName())
                    .put("contentType", medium.contentType()).put("sizeBytes", medium.sizeBytes())
                    .put("sha256", medium.sha256()).put("altText", medium.altText()));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String hmacSha256Hex(String secret, byte[] body) {
        return HexFormat.of().formatHex(Secrets.hmacSha256(secret, body));
    }

    /**
     * Sends a {@code "event": "test"} body to the channel's endpoint, signed and timestamped exactly like a post,
     * so a receiver can check its signature verification before the first real post. Posts nothing anywhere.
     */
    ConnectorHttp.Exchange sendTest(io.engineroom.brand.ChannelConnection channel) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = json.createObjectNode().put("event", "test").put("channel", channel.channelId())
                .put("platform", channel.platform().name()).put("handle", channel.handle())
                .put("text", "A test event from Engine Room: nothing to post").put("sentAt", timestamp).toString()
                .getBytes(StandardCharsets.UTF_8);
        return http.send(http.request(URI.create(channel.webhookUrl()))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, "sha256=" + hmacSha256Hex(channel.webhookSecret(), body))
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), "Webhook test event");
    }

    private String field(String body, String name) {
        try {
            JsonNode value = body == null || body.isBlank() ? null : json.readTree(body).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (Exception e) {
            return null; // a 2xx without JSON is still a post
        }
    }

    @Override
    public String describe(io.engineroom.publishing.Reply reply) {
        return "POST " + reply.channel().webhookUrl() + " reply to " + reply.inReplyToExternalId() + " (idempotencyKey "
                + reply.idempotencyKey() + ") for " + reply.channel().platform().displayName() + " "
                + reply.channel().handle() + ": " + ConnectorHttp.abbreviate(reply.text());
    }

    /**
     * Sends the reply as a signed {@code "event": "reply"} body, signed and timestamped like a post; the receiver
     * answers the platform's item {@code inReplyTo}, privately when {@code directTo} names the author.
     */
    @Override
    public PublishOutcome reply(io.engineroom.publishing.Reply reply) {
        long timestamp = clock.instant().getEpochSecond();
        ObjectNode json = this.json.createObjectNode().put("event", "reply")
                .put("idempotencyKey", reply.idempotencyKey()).put("channel", reply.channel().channelId())
                .put("platform", reply.channel().platform().name()).put("handle", reply.channel().handle())
                .put("inReplyTo", reply.inReplyToExternalId()).put("text", reply.text()).put("sentAt", timestamp);
        if (reply.direct()) {
            json.put("directTo", reply.directToHandle());
        }
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        ConnectorHttp.Exchange answer = http.send(http.request(URI.create(reply.channel().webhookUrl()))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, "sha256=" + hmacSha256Hex(reply.channel().webhookSecret(), body))
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), "Webhook reply");
        if (!answer.answered()) {
            return answer.noAnswer();
        }
        if (!answer.ok()) {
            return answer.refusal("Webhook");
        }
        return new PublishOutcome.Published(field(answer.response().body(), "url"),
                field(answer.response().body(), "id"));
    }
}
