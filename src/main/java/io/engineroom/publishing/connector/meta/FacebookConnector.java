package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountConnector;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.EngagementCounts;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts of a Facebook Page through the Graph API, with the Page's token from Facebook Login ({@link MetaLogin}).
 * <p>
 * <b>Unknown outcome.</b> A {@code /feed}, {@code /photos} or {@code /videos} call that got no answer or a 5xx may
 * have made the post (Graph has no idempotency key). {@link #findPost} then reads the Page's posts since the attempt
 * started ({@code GET /{page-id}/posts?fields=id,message,created_time,permalink_url&since=}) for one with the same
 * text. Uploads of unpublished photos for a multi-photo post are never shown, so a failure among them is "not
 * posted". A video may take minutes before it is listed, so "not found" right after a video is not proof.
 * <p>
 * <b>Listening</b> is pushed, not polled: Meta's webhooks ({@code feed} comments and Messenger messages) arrive at
 * {@code /api/webhooks/meta} ({@link MetaWebhookReader}), so {@link #listeningStreams()} is empty.
 * <p>
 * <b>Moderation</b>: hide ({@code is_hidden}) and delete a comment; blocking and muting are done by hand.
 */
@Component
public class FacebookConnector implements PublishingConnector, AccountConnector {

    static final String ENGAGEMENT_SOURCE = "facebook-graph";
    static final List<String> SCOPES = List.of("pages_show_list", "pages_manage_posts", "pages_read_engagement",
            "pages_manage_engagement", "pages_read_user_content", "pages_messaging", "business_management");

    private final GraphApi graph;
    private final MetaLogin login;
    private final FacebookMedia media;
    private final MetaInteractions interactions;

    @Autowired
    FacebookConnector(ConnectorHttp http, ObjectMapper json, PublishingSettings settings, Clock clock) {
        this(new GraphApi(http, json, clock), new OAuthTokens(settings.publishing().connectTimeout(),
                settings.publishing().timeout(), clock), settings.publishing().platform(Connector.FACEBOOK));
    }

    FacebookConnector(GraphApi graph, OAuthTokens oauth, PublishingProperties.PlatformApp app) {
        this.graph = graph;
        this.login = new MetaLogin(graph, oauth, app, SCOPES);
        this.media = new FacebookMedia(graph);
        this.interactions = new MetaInteractions(graph, false);
    }

    @Override
    public Connector type() {
        return Connector.FACEBOOK;
    }

    @Override
    public Optional<OAuthApp> oauth() {
        return login.oauthApp();
    }

    /** The Page picked ({@code account}, a page id) with its token, which does not expire. */
    @Override
    public AccountTokens exchange(String code, String codeVerifier, URI redirectUri, String account) {
        MetaLogin.Page page = login.page(code, redirectUri, account);
        return new AccountTokens(page.id(), page.name(), login.apiUrl(), page.token(), null, null);
    }

    /** A Page token does not expire: the same token, once Meta has said it still takes it. */
    @Override
    public AccountTokens refresh(ChannelConnection channel) {
        login.check(channel);
        return new AccountTokens(channel.accountId(), null, null, channel.accessToken(), null, null);
    }

    @Override
    public AccountCheck account(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(channel.accountId()),
                Map.of("fields", "id,name,followers_count"), channel.accessToken(), "Facebook page");
        if (!answer.ok()) {
            AccountProblem problem = graph.problem(answer, "The Facebook page could not be read");
            if (problem.refused()) {
                throw problem;
            }
            return AccountCheck.failed(problem.getMessage());
        }
        JsonNode page = graph.body(answer);
        return new AccountCheck(GraphApi.text(page, "id"), GraphApi.text(page, "name"), null,
                GraphApi.count(page, "followers_count"), null);
    }

    @Override
    public String describe(Post post) {
        String base = post.channel().baseUrl() + "/" + post.channel().accountId();
        String what = post.media().isEmpty() ? "POST " + base + "/feed"
                : post.media().get(0).video() ? "POST " + FacebookMedia.videoBase(base) + "/videos "
                + post.media().get(0).describe()
                : post.media().size() == 1 ? "POST " + base + "/photos " + post.media().get(0).describe()
                : post.media().stream().map(m -> "POST " + base + "/photos (unpublished) " + m.describe())
                        .collect(Collectors.joining(", ")) + ", then POST " + base + "/feed with attached_media";
        return what + " as " + post.channel().handle() + ": " + ConnectorHttp.abbreviate(post.text());
    }

    @Override
    public PublishOutcome publish(Post post) {
        if (!GraphApi.hasAccount(post.channel())) {
            return new PublishOutcome.Failed("The channel names no Facebook page: connect it again; nothing posted");
        }
        String refused = FacebookMedia.refusal(post.media());
        if (refused != null) {
            return new PublishOutcome.Failed(refused + "; nothing posted");
        }
        FacebookMedia.Sent sent = media.send(post);
        if (sent.failure() != null) {
            return sent.failure();
        }
        return new PublishOutcome.Published(media.permalink(post.channel(), sent.id()), sent.id());
    }

    @Override
    public Verification findPost(Post post, Instant sentAfter) {
        ChannelConnection channel = post.channel();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", "id,message,created_time,permalink_url");
        // a minute early: Meta's clock and ours may differ a little
        query.put("since", Long.toString(sentAfter.getEpochSecond() - 60));
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(channel.accountId()) + "/posts",
                query, channel.accessToken(), "Facebook page posts");
        if (!answer.ok()) {
            return new Verification.CannotTell("the page's posts could not be read: "
                    + graph.problem(answer, "Facebook").getMessage());
        }
        JsonNode data = graph.body(answer) == null ? null : graph.body(answer).get("data");
        int read = 0;
        if (data != null && data.isArray()) {
            for (JsonNode item : data) {
                read++;
                if (post.text().strip().equals(String.valueOf(GraphApi.text(item, "message")).strip())) {
                    String url = GraphApi.text(item, "permalink_url");
                    String id = GraphApi.text(item, "id");
                    return new Verification.Found(url != null ? url : "https://www.facebook.com/" + id, id);
                }
            }
        }
        return new Verification.NotFound(read + " post(s) of the page since " + sentAfter
                + ", none with this text (a video may take minutes to be listed)");
    }

    @Override
    public String describe(Reply reply) {
        return interactions.describe(reply);
    }

    /** A comment is answered under it; a Messenger message by the Send API to its sender's page-scoped id. */
    @Override
    public PublishOutcome reply(Reply reply) {
        return interactions.reply(reply);
    }

    @Override
    public ModerationOutcome moderate(ChannelConnection channel, String externalId, String authorHandle,
            ModerationAction action) {
        return interactions.moderate(channel, externalId, action);
    }

    @Override
    public boolean reportsEngagement() {
        return true;
    }

    /**
     * A post's reactions, comments and shares ({@code GET /{post-id}?fields=reactions.summary(total_count),
     * comments.summary(total_count),shares}) and its insights ({@code GET /{post-id}/insights?metric=
     * post_impressions,post_impressions_unique,post_clicks}, lifetime), as
     * <a href="https://developers.facebook.com/docs/graph-api/reference/insights/">Page insights</a> documents
     * them. Without the counts there is nothing; without the insights, the counts alone.
     */
    @Override
    public Optional<EngagementCounts> engagement(ChannelConnection channel, String remoteId) {
        ConnectorHttp.Exchange counts = graph.get(channel.baseUrl(), GraphApi.id(remoteId), Map.of("fields",
                        "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"),
                channel.accessToken(), "Facebook post counts");
        if (!counts.ok()) {
            return Optional.empty();
        }
        JsonNode post = graph.body(counts);
        Long likes = summary(post, "reactions");
        Long comments = summary(post, "comments");
        Long shares = post == null || post.get("shares") == null ? 0L : GraphApi.count(post.get("shares"), "count");
        Map<String, Long> insights = MetaInsights.read(graph, channel, remoteId,
                "post_impressions,post_impressions_unique,post_clicks", "Facebook post insights");
        Long clicks = insights.get("post_clicks");
        long engagements = nz(likes) + nz(comments) + nz(shares) + nz(clicks);
        return Optional.of(new EngagementCounts(ENGAGEMENT_SOURCE, insights.get("post_impressions"),
                insights.get("post_impressions_unique"), engagements, likes, null, shares, comments, clicks));
    }

    /** The Page's {@code followers_count}. */
    @Override
    public Optional<Long> followers(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(channel.accountId()),
                Map.of("fields", "followers_count"), channel.accessToken(), "Facebook followers");
        return answer.ok() ? Optional.ofNullable(GraphApi.count(graph.body(answer), "followers_count"))
                : Optional.empty();
    }

    private static Long summary(JsonNode post, String edge) {
        JsonNode node = post == null ? null : post.get(edge);
        return node == null ? null : GraphApi.count(node.get("summary"), "total_count");
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }
}
