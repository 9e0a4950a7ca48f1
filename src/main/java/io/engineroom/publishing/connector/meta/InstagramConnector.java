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
import io.engineroom.publishing.PublicMedia;
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
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Media of an Instagram professional account through the Graph API, with the token of the Facebook Page it is
 * linked to ({@link MetaLogin}): a container ({@link InstagramContainers}), then
 * {@code POST /{ig-user-id}/media_publish} with its {@code creation_id}.
 * <p>
 * <b>Unknown outcome.</b> Everything before {@code media_publish} is a container, never a post, so trouble there is
 * "not posted". A {@code media_publish} call that got no answer or a 5xx may have published the media: then
 * {@link #findPost} reads the account's recent media ({@code GET /{ig-user-id}/media?fields=id,caption,timestamp,
 * permalink}) for one with the post's caption made since the attempt started.
 * <p>
 * <b>Listening</b> is pushed: Meta's Instagram webhooks ({@code comments}, {@code mentions}, messages) arrive at
 * {@code /api/webhooks/meta}; nothing is polled.
 * <p>
 * <b>Moderation</b>: hide ({@code hide}) and delete a comment; block and mute are done by hand.
 */
@Component
public class InstagramConnector implements PublishingConnector, AccountConnector {

    static final String ENGAGEMENT_SOURCE = "instagram-graph";
    static final java.util.List<String> SCOPES = java.util.List.of("instagram_basic", "instagram_content_publish",
            "instagram_manage_comments", "instagram_manage_messages", "pages_show_list", "pages_read_engagement",
            "business_management");

    private final GraphApi graph;
    private final MetaLogin login;
    private final InstagramContainers containers;
    private final MetaInteractions interactions;

    @Autowired
    InstagramConnector(ConnectorHttp http, ObjectMapper json, PublishingSettings settings, Clock clock,
            PublicMedia publicMedia) {
        // Instagram processes a video for seconds to minutes; a post waits up to five for it
        this(new GraphApi(http, json, clock), new OAuthTokens(settings.publishing().connectTimeout(),
                settings.publishing().timeout(), clock), settings.publishing().platform(Connector.INSTAGRAM),
                publicMedia, Duration.ofSeconds(5), Duration.ofMinutes(5));
    }

    InstagramConnector(GraphApi graph, OAuthTokens oauth, PublishingProperties.PlatformApp app,
            PublicMedia publicMedia, Duration pollInterval, Duration maxProcessingWait) {
        this.graph = graph;
        this.login = new MetaLogin(graph, oauth, app, SCOPES);
        this.containers = new InstagramContainers(graph, publicMedia, pollInterval, maxProcessingWait);
        this.interactions = new MetaInteractions(graph, true);
    }

    @Override
    public Connector type() {
        return Connector.INSTAGRAM;
    }

    @Override
    public Optional<OAuthApp> oauth() {
        return login.oauthApp();
    }

    /**
     * The Instagram account linked to the Page picked ({@code account}, a page id), with the Page's token:
     * {@code GET /{page-id}?fields=instagram_business_account{id,username}}.
     */
    @Override
    public AccountTokens exchange(String code, String codeVerifier, URI redirectUri, String account) {
        MetaLogin.Page page = login.page(code, redirectUri, account);
        ConnectorHttp.Exchange answer = graph.get(login.apiUrl(), GraphApi.id(page.id()),
                Map.of("fields", "instagram_business_account{id,username}"), page.token(), "Instagram account");
        if (!answer.ok()) {
            throw graph.problem(answer, "The Instagram account of page " + page + " could not be read");
        }
        JsonNode linked = graph.body(answer) == null ? null : graph.body(answer).get("instagram_business_account");
        String id = GraphApi.text(linked, "id");
        if (id == null) {
            throw new AccountProblem("Page " + page + " has no Instagram professional account linked: link one in "
                    + "the Page's settings, then connect again", true);
        }
        String username = GraphApi.text(linked, "username");
        return new AccountTokens(id, username == null ? id : "@" + username, login.apiUrl(), page.token(), null,
                null);
    }

    /** The Page token does not expire: the same token, once Meta has said it still takes it. */
    @Override
    public AccountTokens refresh(ChannelConnection channel) {
        login.check(channel);
        return new AccountTokens(channel.accountId(), null, null, channel.accessToken(), null, null);
    }

    @Override
    public AccountCheck account(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(channel.accountId()),
                Map.of("fields", "id,username,name,followers_count"), channel.accessToken(), "Instagram account");
        if (!answer.ok()) {
            AccountProblem problem = graph.problem(answer, "The Instagram account could not be read");
            if (problem.refused()) {
                throw problem;
            }
            return AccountCheck.failed(problem.getMessage());
        }
        JsonNode account = graph.body(answer);
        return new AccountCheck(GraphApi.text(account, "id"), "@" + GraphApi.text(account, "username"),
                GraphApi.text(account, "name"), GraphApi.count(account, "followers_count"), null);
    }

    @Override
    public String describe(Post post) {
        String base = post.channel().baseUrl() + "/" + post.channel().accountId();
        return "POST " + base + "/media for " + post.media().size() + " medium/media ("
                + String.join(", ", post.media().stream().map(m -> m.describe()).toList())
                + ") at public addresses, then POST " + base + "/media_publish as " + post.channel().handle() + ": "
                + ConnectorHttp.abbreviate(post.text());
    }

    @Override
    public PublishOutcome publish(Post post) {
        if (!GraphApi.hasAccount(post.channel())) {
            return new PublishOutcome.Failed("The channel names no Instagram account: connect it again; nothing "
                    + "posted");
        }
        String refused = InstagramContainers.refusal(post.media());
        if (refused != null) {
            return new PublishOutcome.Failed(refused + "; nothing posted");
        }
        InstagramContainers.Made container = containers.make(post);
        if (container.failure() != null) {
            return container.failure();
        }
        ChannelConnection channel = post.channel();
        ConnectorHttp.Exchange answer = graph.post(channel.baseUrl(), GraphApi.id(channel.accountId())
                        + "/media_publish", graph.json().createObjectNode().put("creation_id", container.containerId()),
                channel.accessToken(), "Instagram media_publish");
        if (!answer.ok()) {
            return graph.refusal(answer, "Instagram media_publish");
        }
        String id = GraphApi.text(graph.body(answer), "id");
        return new PublishOutcome.Published(permalink(channel, id), id);
    }

    /** The media's {@code permalink}, or null when Meta did not say it (the media exists either way). */
    private String permalink(ChannelConnection channel, String mediaId) {
        if (mediaId == null) {
            return null;
        }
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(mediaId),
                Map.of("fields", "permalink"), channel.accessToken(), "Instagram permalink");
        return answer.ok() ? GraphApi.text(graph.body(answer), "permalink") : null;
    }

    @Override
    public Verification findPost(Post post, Instant sentAfter) {
        ChannelConnection channel = post.channel();
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(channel.accountId()) + "/media",
                Map.of("fields", "id,caption,timestamp,permalink"), channel.accessToken(), "Instagram media");
        if (!answer.ok()) {
            return new Verification.CannotTell("the account's media could not be read: "
                    + graph.problem(answer, "Instagram").getMessage());
        }
        JsonNode data = graph.body(answer) == null ? null : graph.body(answer).get("data");
        int read = 0;
        if (data != null && data.isArray()) {
            for (JsonNode item : data) {
                Instant at = GraphApi.time(GraphApi.text(item, "timestamp"));
                // a minute early: Meta's clock and ours may differ a little
                if (at == null || at.isBefore(sentAfter.minusSeconds(60))) {
                    continue;
                }
                read++;
                if (post.text().strip().equals(String.valueOf(GraphApi.text(item, "caption")).strip())) {
                    return new Verification.Found(GraphApi.text(item, "permalink"), GraphApi.text(item, "id"));
                }
            }
        }
        return new Verification.NotFound(read + " medium/media of the account since " + sentAfter
                + ", none with this caption");
    }

    @Override
    public String describe(Reply reply) {
        return interactions.describe(reply);
    }

    /** A comment is answered with a reply under it; a message through the linked Page's Send API. */
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
     * The media's insights ({@code GET /{media-id}/insights?metric=reach,likes,comments,saved,shares},
     * <a href="https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights">media
     * insights</a>). Instagram reports no impressions or clicks for media here.
     */
    @Override
    public Optional<EngagementCounts> engagement(ChannelConnection channel, String remoteId) {
        Map<String, Long> insights = MetaInsights.read(graph, channel, remoteId, "reach,likes,comments,saved,shares",
                "Instagram media insights");
        if (insights.isEmpty()) {
            return Optional.empty();
        }
        long engagements = insights.entrySet().stream().filter(e -> !"reach".equals(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return Optional.of(new EngagementCounts(ENGAGEMENT_SOURCE, null, insights.get("reach"), engagements,
                insights.get("likes"), insights.get("saved"), insights.get("shares"), insights.get("comments"),
                null));
    }

    /** The account's {@code followers_count}. */
    @Override
    public Optional<Long> followers(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = graph.get(channel.baseUrl(), GraphApi.id(channel.accountId()),
                Map.of("fields", "followers_count"), channel.accessToken(), "Instagram followers");
        return answer.ok() ? Optional.ofNullable(GraphApi.count(graph.body(answer), "followers_count"))
                : Optional.empty();
    }
}
