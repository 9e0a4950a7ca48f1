package io.engineroom.publishing.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountConnector;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.OAuthApp;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingConnector;
import io.engineroom.publishing.PublishingSettings;
import io.engineroom.publishing.Reply;
import io.engineroom.publishing.Verification;
import io.engineroom.publishing.connector.ConnectorHttp;
import io.engineroom.publishing.connector.OAuthTokens;
import io.engineroom.publishing.connector.PublishingProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts, listens, replies, moderates and measures on X through the X API v2, as an account connected with OAuth 2.0
 * ({@link XAccounts}). Every call goes to the channel's API base ({@code https://api.x.com}, a stand-in in tests and
 * the demo).
 * <p>
 * <b>Publishing</b>: media first ({@link XMedia}), then {@code POST /2/tweets} {@code {text, media:{media_ids}}}
 * (https://docs.x.com/x-api/posts/create-post). X takes no idempotency key, so an <b>unknown outcome</b> (no answer
 * in time, a dropped connection, a 5xx) may have posted: {@link #findPost} reads the account's posts since the
 * attempt ({@code GET /2/users/:id/tweets?start_time=}) for one with the same text, links aside ({@link XText}: X
 * returns its t.co links instead). A 403 "duplicate content" answer is a refusal: X made no post for the call (an
 * identical one is already on the account, from an earlier item or attempt), so it is a failure whose reason says so
 * for a person to look at; it is never taken as this attempt's post.
 * <p>
 * <b>Listening</b> reads the mentions timeline ({@link XMentions}: replies to the brand's posts arrive there too),
 * its cursor the newest post id read. <b>Replies</b> are posts with {@code reply.in_reply_to_tweet_id}, in the
 * thread. <b>Moderation</b> ({@link XModeration}): hide a reply, delete an own post, mute; block by hand.
 * <b>Metrics</b>: a post's {@code public_metrics} and the account's {@code followers_count}.
 */
@Component
public class XConnector implements PublishingConnector, AccountConnector {

    static final String ENGAGEMENT_SOURCE = "x-api";
    /** Posts read when looking for one whose outcome is unknown: X shows up to 100 a page. */
    static final int FIND_POSTS = 100;
    /** X's clock and ours may differ a little: the search for a post starts this much before the attempt. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(XConnector.class);

    private final XApi api;
    private final XAccounts accounts;
    private final XMedia media;
    private final XMentions mentions;
    private final XModeration moderation;

    @Autowired
    public XConnector(ConnectorHttp http, ObjectMapper json, PublishingSettings settings, Clock clock) {
        // X processes a video in seconds to a few minutes; the wait stays well inside a job's lock time
        this(http, json, settings.publishing(), new OAuthTokens(settings.publishing().connectTimeout(),
                settings.publishing().timeout(), clock), duration -> Thread.sleep(duration.toMillis()),
                Duration.ofMinutes(2));
    }

    XConnector(ConnectorHttp http, ObjectMapper json, PublishingProperties properties, OAuthTokens tokens,
            XMedia.Pause pause, Duration maxProcessingWait) {
        this.api = new XApi(http, json);
        this.accounts = new XAccounts(api, properties, tokens);
        this.media = new XMedia(api, pause, maxProcessingWait);
        this.mentions = new XMentions(api);
        this.moderation = new XModeration(api);
    }

    @Override
    public Connector type() {
        return Connector.X;
    }

    @Override
    public Optional<OAuthApp> oauth() {
        return accounts.oauth();
    }

    @Override
    public AccountTokens exchange(String code, String codeVerifier, URI redirectUri, String account) {
        return accounts.exchange(code, codeVerifier, redirectUri);
    }

    @Override
    public AccountTokens refresh(ChannelConnection channel) {
        return accounts.refresh(channel);
    }

    @Override
    public AccountCheck account(ChannelConnection channel) {
        return accounts.account(channel);
    }

    @Override
    public String describe(Post post) {
        String base = post.channel().baseUrl();
        return post.media().stream().map(medium -> "upload " + medium.describe() + " to " + base
                + "/2/media/upload, then ").collect(Collectors.joining())
                + "POST " + base + "/2/tweets as " + post.channel().handle() + " (X takes no idempotency key: an "
                + "unknown outcome is looked for among the account's posts): " + ConnectorHttp.abbreviate(post.text());
    }

    @Override
    public PublishOutcome publish(Post post) {
        XMedia.Uploaded uploaded = media.upload(post.channel(), post.media());
        if (uploaded.failure() != null) {
            return uploaded.failure();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", post.text());
        if (!uploaded.ids().isEmpty()) {
            body.put("media", Map.of("media_ids", uploaded.ids()));
        }
        return create(post.channel(), body, "X post");
    }

    @Override
    public String describe(Reply reply) {
        return "POST " + reply.channel().baseUrl() + "/2/tweets in reply to " + reply.inReplyToExternalId() + " as "
                + reply.channel().handle() + ": " + ConnectorHttp.abbreviate(reply.text());
    }

    /** A post in the thread of the one answered. Direct messages are answered by hand (not read from X yet). */
    @Override
    public PublishOutcome reply(Reply reply) {
        if (reply.direct()) {
            return new PublishOutcome.NeedsPerson("Answer " + reply.mention() + " by hand in X's messages: "
                    + "https://x.com/messages");
        }
        return create(reply.channel(), Map.of("text", reply.text(), "reply",
                Map.of("in_reply_to_tweet_id", reply.inReplyToExternalId())), "X reply");
    }

    private PublishOutcome create(ChannelConnection channel, Map<String, Object> body, String what) {
        ConnectorHttp.Exchange answer = api.postJson(channel, "/2/tweets", body, what);
        if (answer.ok()) {
            // 201: the post exists, even if the answer does not parse
            String id = api.body(answer).path("data").path("id").asText(null);
            return new PublishOutcome.Published(id == null ? null : XApi.postUrl(XApi.username(channel), id), id);
        }
        if (answer.answered() && answer.status() == 403 && api.detail(answer).toLowerCase().contains("duplicate")) {
            return new PublishOutcome.Failed(what + ": X refused it as a duplicate (HTTP 403" + api.detail(answer)
                    + "): an identical post is already on " + channel.handle() + ", so nothing was posted now. "
                    + "Look at https://x.com/" + XApi.username(channel) + "; change the text to post it again");
        }
        return api.failure(answer, what);
    }

    /**
     * Reads the account's posts since the attempt began ({@code GET /2/users/:id/tweets}:
     * https://docs.x.com/x-api/posts/user-posts-timeline-by-user-id) for one with the post's text, links aside.
     */
    @Override
    public Verification findPost(Post post, Instant sentAfter) {
        ChannelConnection channel = post.channel();
        if (channel.accountId() == null || channel.accountId().isBlank()) {
            return new Verification.CannotTell(channel.handle() + " has no X account id: connect it again");
        }
        String start = sentAfter.minus(CLOCK_SKEW).truncatedTo(ChronoUnit.SECONDS).toString();
        ConnectorHttp.Exchange answer = api.get(channel, "/2/users/" + XApi.encode(channel.accountId())
                + "/tweets?start_time=" + XApi.encode(start) + "&max_results=" + FIND_POSTS
                + "&tweet.fields=created_at", "X posts of " + channel.handle());
        if (!answer.ok()) {
            return new Verification.CannotTell(XApi.reason(api.failure(answer, "Reading the posts of "
                    + channel.handle())));
        }
        JsonNode posts = api.body(answer).path("data");
        for (JsonNode candidate : posts) {
            if (XText.same(post.text(), candidate.path("text").asText(""))) {
                String id = candidate.path("id").asText();
                return new Verification.Found(XApi.postUrl(XApi.username(channel), id), id);
            }
        }
        return new Verification.NotFound("the " + posts.size() + " posts of " + channel.handle() + " on X since "
                + start + " (links compared without their t.co form)");
    }

    @Override
    public List<String> listeningStreams() {
        return List.of(XMentions.STREAM);
    }

    @Override
    public InboundPage listen(ChannelConnection channel, String stream, String cursor) {
        if (!XMentions.STREAM.equals(stream)) {
            return InboundPage.nothingNew();
        }
        return mentions.read(channel, cursor);
    }

    @Override
    public ModerationOutcome moderate(ChannelConnection channel, String externalId, String authorHandle,
            ModerationAction action) {
        return moderation.moderate(channel, externalId, authorHandle, action);
    }

    @Override
    public boolean reportsEngagement() {
        return true;
    }

    /**
     * A post's {@code public_metrics} ({@code GET /2/tweets/:id?tweet.fields=public_metrics}:
     * https://docs.x.com/x-api/posts/post-lookup-by-post-id): likes, reposts and quotes (shares), replies
     * (comments), bookmarks (saves) and impressions. X gives no reach or clicks there.
     */
    @Override
    public Optional<EngagementCounts> engagement(ChannelConnection channel, String remoteId) {
        ConnectorHttp.Exchange answer = api.get(channel, "/2/tweets/" + XApi.encode(remoteId)
                + "?tweet.fields=public_metrics", "X post metrics");
        if (!answer.ok()) {
            LOG.warn("Engagement of post {} on {} not collected: {}", remoteId, channel,
                    XApi.reason(api.failure(answer, "X post metrics")));
            return Optional.empty();
        }
        JsonNode metrics = api.body(answer).path("data").path("public_metrics");
        Long likes = count(metrics, "like_count");
        Long reposts = count(metrics, "retweet_count");
        Long replies = count(metrics, "reply_count");
        Long quotes = count(metrics, "quote_count");
        if (likes == null || reposts == null || replies == null || quotes == null) {
            return Optional.empty();
        }
        return Optional.of(new EngagementCounts(ENGAGEMENT_SOURCE, count(metrics, "impression_count"), null,
                likes + reposts + replies + quotes, likes, count(metrics, "bookmark_count"), reposts + quotes,
                replies, null));
    }

    @Override
    public Optional<Long> followers(ChannelConnection channel) {
        return accounts.followers(channel);
    }

    private static Long count(JsonNode metrics, String name) {
        JsonNode value = metrics.path(name);
        return value.canConvertToLong() ? value.asLong() : null;
    }
}
