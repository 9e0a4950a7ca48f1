package io.engineroom.publishing.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.Verification;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingConnector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts a status through the Mastodon REST API: the media first ({@link MastodonMedia}), then the status
 * ({@code POST /api/v1/statuses}) with an {@code Idempotency-Key}, which Mastodon uses to answer a repeated
 * request with the status it already made instead of a second one. An unknown outcome is a timeout, a connection
 * lost after sending, or a 5xx: {@link #findPost} reads the account's newest statuses for the text
 * ({@link MastodonPostCheck}). Moderation ({@link MastodonModeration}) blocks and mutes authors and deletes the
 * brand's own statuses; hiding, or deleting someone else's reply, Mastodon has no API for: a person does it.
 */
@Component
public class MastodonConnector implements PublishingConnector {

    static final String ENGAGEMENT_SOURCE = "mastodon-api";
    private static final Logger LOG = LoggerFactory.getLogger(MastodonConnector.class);

    private final ConnectorHttp http;
    private final ObjectMapper json;
    private final MastodonMedia media;
    private final MastodonModeration moderation;
    private final MastodonPostCheck postCheck;

    @Autowired
    public MastodonConnector(ConnectorHttp http, ObjectMapper json) {
        // a video takes Mastodon seconds to a minute to process
        this(http, json, Duration.ofSeconds(2), Duration.ofSeconds(90));
    }

    MastodonConnector(ConnectorHttp http, ObjectMapper json, Duration pollInterval, Duration maxProcessingWait) {
        this.http = http;
        this.json = json;
        this.media = new MastodonMedia(http, json, pollInterval, maxProcessingWait);
        this.moderation = new MastodonModeration(http, json);
        this.postCheck = new MastodonPostCheck(http, json);
    }

    @Override
    public Verification findPost(Post post, Instant sentAfter) {
        return postCheck.find(post, sentAfter);
    }

    @Override
    public ModerationOutcome moderate(ChannelConnection channel, String externalId, String authorHandle,
            ModerationAction action) {
        return moderation.moderate(channel, externalId, authorHandle, action);
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

    /**
     * The account's {@code followers_count} ({@code GET /api/v1/accounts/verify_credentials}: the token's own
     * account). A failed read is logged and reported as nothing.
     */
    @Override
    public Optional<Long> followers(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = http.send(http.request(URI.create(channel.baseUrl()
                + "/api/v1/accounts/verify_credentials")).header("Authorization", "Bearer " + channel.accessToken())
                .GET().build(), "Mastodon follower count");
        if (!answer.ok()) {
            LOG.warn("Followers of {} not read: {}", channel, answer.answered() ? "HTTP " + answer.status()
                    : reasonOf(answer.noAnswer()));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(count(json.readTree(answer.response().body()), "followers_count"));
        } catch (Exception e) {
            LOG.warn("Followers of {} not read: unreadable answer ({})", channel, e.toString());
            return Optional.empty();
        }
    }

    private static Long count(JsonNode status, String name) {
        JsonNode value = status == null ? null : status.get(name);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }

    @Override
    public String describe(io.engineroom.publishing.Reply reply) {
        return "POST " + reply.channel().baseUrl() + "/api/v1/statuses in reply to " + reply.inReplyToExternalId()
                + (reply.direct() ? " (direct to " + reply.mention() + ")" : "") + " (Idempotency-Key "
                + reply.idempotencyKey() + ") as " + reply.channel().handle() + ": "
                + ConnectorHttp.abbreviate(reply.text());
    }

    /**
     * Replies with a status under the interaction ({@code in_reply_to_id}); a reply to a direct message is a
     * direct status that mentions its author, since Mastodon delivers direct statuses to the accounts mentioned.
     */
    @Override
    public PublishOutcome reply(io.engineroom.publishing.Reply reply) {
        String text = reply.direct() && !reply.text().contains(reply.mention())
                ? reply.mention() + " " + reply.text() : reply.text();
        ObjectNode body = json.createObjectNode().put("status", text)
                .put("in_reply_to_id", reply.inReplyToExternalId());
        if (reply.direct()) {
            body.put("visibility", "direct");
        }
        ConnectorHttp.Exchange answer = http.send(http.request(URI.create(reply.channel().baseUrl()
                        + "/api/v1/statuses"))
                .header("Authorization", "Bearer " + reply.channel().accessToken())
                .header("Idempotency-Key", reply.idempotencyKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                "Mastodon reply");
        if (!answer.answered()) {
            return answer.noAnswer();
        }
        if (!answer.ok()) {
            return answer.refusal("Mastodon");
        }
        return new PublishOutcome.Published(field(answer.response().body(), "url"),
                field(answer.response().body(), "id"));
    }
}
