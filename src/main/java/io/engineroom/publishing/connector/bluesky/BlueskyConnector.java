package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountConnector;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.EngagementCounts;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.Media;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bluesky through the AT Protocol, every call an XRPC request to the account's PDS ({@code channel.baseUrl()}),
 * signed in with a handle and an app password (no OAuth app to register).
 * <ul>
 * <li><b>Publish</b>: the media as blobs ({@link BlueskyMedia}), then one {@code createRecord} of an
 * {@code app.bsky.feed.post} with facets for links, mentions and hashtags ({@link RichText}), under a record key
 * derived from the idempotency key ({@link RecordKeys#tid}). The post's remote id is its at-uri, its link
 * {@code https://bsky.app/profile/<handle>/post/<rkey>}.</li>
 * <li><b>Unknown outcome</b>: the {@code createRecord} was sent but no answer came, or a 5xx came (the PDS may have
 * committed the record before failing). {@link #findPost} asks the repository for the record under the post's own
 * key ({@code getRecord}): there, it was posted; "RecordNotFound", it was not (yet). And because the key is fixed,
 * even a second send could not post twice: the repository refuses a key it holds, which
 * {@link BlueskyPosts#create} reads as "posted by the earlier attempt".</li>
 * <li><b>Listening</b>: the {@code notifications} stream (replies, mentions, quotes), newest first, with a stored
 * mark of the newest one taken; see {@link BlueskyNotifications} for why and how the cursor works backwards.
 * Direct messages: the {@code direct_messages} stream reads Bluesky's chat log through the PDS, forwards from
 * the last revision read ({@link BlueskyChat}).</li>
 * <li><b>Reply</b>: a post with {@code reply.root} and {@code reply.parent}, the parent read with
 * {@code getPosts} to learn its thread's root. A reply to a direct message is a chat message in its
 * conversation.</li>
 * <li><b>Moderation</b> ({@link BlueskyModeration}): block and mute the author, delete the brand's own post or reply;
 * hiding or deleting someone else's reply is done by hand, with the link.</li>
 * <li><b>Metrics</b>: likes, reposts and quotes (shares), replies (comments) of a post with {@code getPosts}; the
 * follower count with {@code getProfile}. Bluesky shows no impressions or reach.</li>
 * <li><b>Errors</b>: a 401 or {@code InvalidToken} is a refused session (the channel must be connected again); a 429
 * a refusal naming when its {@code ratelimit-reset} ends; other 4xx (a blob type the PDS does not take, a text over
 * {@value RichText#MAX_GRAPHEMES} graphemes) certainly not posted; a 5xx or no answer unknown.</li>
 * </ul>
 */
@Component
public class BlueskyConnector implements PublishingConnector, AccountConnector {

    static final String ENGAGEMENT_SOURCE = "bluesky-api";
    private static final Logger LOG = LoggerFactory.getLogger(BlueskyConnector.class);

    private final BlueskySessions sessions;
    private final BlueskyPosts posts;
    private final BlueskyMedia media;
    private final BlueskyNotifications notifications;
    private final BlueskyModeration moderation;
    private final BlueskyChat chat;

    @Autowired
    public BlueskyConnector(ConnectorHttp http, ObjectMapper json, Clock clock, PublishingSettings settings) {
        this(http, json, clock, settings.publishing().platform(Connector.BLUESKY).apiUrl());
    }

    BlueskyConnector(ConnectorHttp http, ObjectMapper json, Clock clock, String defaultService) {
        Xrpc xrpc = new Xrpc(http, json);
        this.sessions = new BlueskySessions(xrpc, clock, defaultService == null ? "https://bsky.social"
                : defaultService);
        this.posts = new BlueskyPosts(xrpc, clock);
        this.media = new BlueskyMedia(xrpc);
        this.notifications = new BlueskyNotifications(xrpc);
        this.moderation = new BlueskyModeration(xrpc, clock, posts::did);
        this.chat = new BlueskyChat(xrpc);
    }

    @Override
    public Connector type() {
        return Connector.BLUESKY;
    }

    @Override
    public Optional<OAuthApp> oauth() {
        return Optional.empty();
    }

    @Override
    public AccountTokens signIn(String identifier, String password, String serviceUrl) {
        return sessions.signIn(identifier, password, serviceUrl);
    }

    @Override
    public AccountTokens refresh(ChannelConnection channel) {
        return sessions.refresh(channel);
    }

    @Override
    public AccountCheck account(ChannelConnection channel) {
        return sessions.account(channel);
    }

    @Override
    public String describe(Post post) {
        String base = post.channel().baseUrl();
        return post.media().stream().map(medium -> "POST " + base + "/xrpc/com.atproto.repo.uploadBlob "
                + medium.describe() + ", then ").collect(Collectors.joining())
                + "POST " + base + "/xrpc/com.atproto.repo.createRecord " + RecordKeys.POST + " rkey "
                + RecordKeys.tid(post.idempotencyKey()) + " (from " + post.idempotencyKey() + ") as "
                + post.channel().handle() + ": " + ConnectorHttp.abbreviate(post.text());
    }

    @Override
    public PublishOutcome publish(Post post) {
        String tooLong = tooLong(post.text());
        if (tooLong != null) {
            return new PublishOutcome.Failed(tooLong);
        }
        BlueskyMedia.Embed embed = media.upload(post.channel(), post.media());
        if (embed.failure() != null) {
            return embed.failure();
        }
        ObjectNode record = posts.record(post.channel(), post.text(), embed.embed(), null);
        return posts.create(post.channel(), record, RecordKeys.tid(post.idempotencyKey()), "Bluesky post");
    }

    /** Why Bluesky would not take this text or these media, before anything is sent; null when it would. */
    public static String refusal(String text, List<Media> media) {
        String tooLong = tooLong(text);
        return tooLong != null ? tooLong : BlueskyMedia.refusal(media == null ? List.of() : media);
    }

    private static String tooLong(String text) {
        int graphemes = RichText.graphemes(text);
        return graphemes <= RichText.MAX_GRAPHEMES ? null : "Bluesky takes at most " + RichText.MAX_GRAPHEMES
                + " characters (graphemes), this text has " + graphemes + "; post not created";
    }

    @Override
    public Verification findPost(Post post, Instant sentAfter) {
        return posts.find(post.channel(), RecordKeys.tid(post.idempotencyKey()));
    }

    @Override
    public String describe(Reply reply) {
        if (reply.direct()) {
            return "POST " + reply.channel().baseUrl() + "/xrpc/chat.bsky.convo.sendMessage (to " + reply.mention()
                    + ", in " + reply.inReplyToExternalId() + ") as " + reply.channel().handle() + ": "
                    + ConnectorHttp.abbreviate(reply.text());
        }
        return "POST " + reply.channel().baseUrl() + "/xrpc/com.atproto.repo.createRecord " + RecordKeys.POST
                + " rkey " + RecordKeys.tid(reply.idempotencyKey()) + " in reply to " + reply.inReplyToExternalId()
                + " as " + reply.channel().handle() + ": " + ConnectorHttp.abbreviate(reply.text());
    }

    /**
     * Replies in the thread: the parent is read first ({@code getPosts}) for its content id and its thread's root,
     * which a reply record must name both of. Nothing is posted when the parent cannot be read.
     */
    @Override
    public PublishOutcome reply(Reply reply) {
        if (reply.direct()) {
            return chat.send(reply);
        }
        String tooLong = tooLong(reply.text());
        if (tooLong != null) {
            return new PublishOutcome.Failed(tooLong);
        }
        BlueskyPosts.Read parent = posts.post(reply.channel(), reply.inReplyToExternalId(), "Bluesky post answered");
        if (parent.post() == null) {
            Xrpc.Answer answer = parent.answer();
            String why = answer.ok() ? "it is gone or not visible" : answer.problem();
            return new PublishOutcome.Failed("Bluesky reply not sent: the post answered (" + reply.inReplyToExternalId()
                    + ") could not be read: " + why, answer.tokenRefused());
        }
        ObjectNode parentRef = ref(parent.post());
        JsonNode root = parent.post().path("record").path("reply").path("root");
        ObjectNode replyRef = JsonNodeFactory.instance.objectNode();
        replyRef.set("root", root.isObject() && root.hasNonNull("uri") && root.hasNonNull("cid") ? root : parentRef);
        replyRef.set("parent", parentRef);
        ObjectNode record = posts.record(reply.channel(), reply.text(), null, replyRef);
        return posts.create(reply.channel(), record, RecordKeys.tid(reply.idempotencyKey()), "Bluesky reply");
    }

    private static ObjectNode ref(JsonNode post) {
        return JsonNodeFactory.instance.objectNode()
                .put("uri", Xrpc.text(post, "uri")).put("cid", Xrpc.text(post, "cid"));
    }

    @Override
    public ModerationOutcome moderate(ChannelConnection channel, String externalId, String authorHandle,
            ModerationAction action) {
        return moderation.moderate(channel, externalId, authorHandle, action);
    }

    @Override
    public List<String> listeningStreams() {
        return List.of(BlueskyNotifications.STREAM, BlueskyChat.STREAM);
    }

    @Override
    public InboundPage listen(ChannelConnection channel, String stream, String cursor) {
        return switch (stream) {
            case BlueskyNotifications.STREAM -> notifications.read(channel, cursor);
            case BlueskyChat.STREAM -> chat.read(channel, cursor);
            default -> InboundPage.nothingNew();
        };
    }

    @Override
    public boolean reportsEngagement() {
        return true;
    }

    /** A post's likes, reposts and quotes, replies ({@code getPosts}); the remote id is the post's at-uri. */
    @Override
    public Optional<EngagementCounts> engagement(ChannelConnection channel, String remoteId) {
        BlueskyPosts.Read read = posts.post(channel, remoteId, "Bluesky post counts");
        if (read.post() == null) {
            LOG.warn("Engagement of {} on {} not collected: {}", remoteId, channel, read.answer().ok()
                    ? "the post is gone" : read.answer().problem());
            return Optional.empty();
        }
        Long likes = count(read.post(), "likeCount");
        Long reposts = count(read.post(), "repostCount");
        Long quotes = count(read.post(), "quoteCount");
        Long replies = count(read.post(), "replyCount");
        if (likes == null || reposts == null || replies == null) {
            LOG.warn("Engagement of {} on {} not collected: the answer has no counts", remoteId, channel);
            return Optional.empty();
        }
        long shares = reposts + (quotes == null ? 0 : quotes);
        return Optional.of(new EngagementCounts(ENGAGEMENT_SOURCE, null, null, likes + shares + replies, likes, null,
                shares, replies, null));
    }

    /** The account's {@code followersCount} ({@code getProfile}). */
    @Override
    public Optional<Long> followers(ChannelConnection channel) {
        try {
            AccountCheck account = sessions.account(channel);
            if (!account.ok()) {
                LOG.warn("Followers of {} not read: {}", channel, account.problem());
            }
            return Optional.ofNullable(account.followers());
        } catch (AccountProblem e) {
            LOG.warn("Followers of {} not read: {}", channel, e.getMessage());
            return Optional.empty();
        }
    }

    private static Long count(JsonNode post, String field) {
        JsonNode value = post.path(field);
        return value.canConvertToLong() ? value.asLong() : null;
    }
}
