package io.engineroom.publishing.connector.linkedin;

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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A LinkedIn organisation page through LinkedIn's Community Management API (versioned REST, {@link LinkedInApi}),
 * connected by a member who administers the page ({@link LinkedInAccounts}).
 * <ul>
 * <li><b>Publish</b>: text (in LinkedIn's little text format, {@link LinkedInText}), one image or several
 * ({@code multiImage}) with alt text, or one MP4 video, uploaded first ({@link LinkedInMedia}), then
 * {@code POST /rest/posts} ({@link LinkedInPosts}). LinkedIn takes no idempotency key.</li>
 * <li><b>Unknown outcome</b>: the post request was sent but LinkedIn answered 5xx or not at all (a refused upload
 * is never unknown: no post existed yet). {@link #findPost} reads the page's 20 most recently changed posts
 * ({@code GET /rest/posts?q=author}) for one with the same text created since the attempt started.</li>
 * <li><b>Listening</b>: stream {@code comments}, polled; its cursor is the newest comment's creation time in epoch
 * milliseconds ({@link LinkedInComments}). Replies go in the comment's thread.</li>
 * <li><b>Moderation</b>: deleting a comment on the page's post (or the page's own reply) through the API; LinkedIn
 * has no API to hide a comment or to block or mute a member, so those become a task with the link.</li>
 * <li><b>Errors</b>: 401 refuses the token (the channel must be connected again), 429 is LinkedIn's daily limit
 * (try after midnight UTC), another 4xx a refusal, a 5xx or no answer an unknown outcome.</li>
 * </ul>
 */
@Component
public class LinkedInConnector implements PublishingConnector, AccountConnector {

    private final LinkedInAccounts accounts;
    private final LinkedInPosts posts;
    private final LinkedInComments comments;
    private final LinkedInMetrics metrics;

    @Autowired
    public LinkedInConnector(ConnectorHttp http, ObjectMapper json, PublishingSettings settings, Clock clock) {
        // a LinkedIn video takes seconds to minutes to process
        this(http, json, new OAuthTokens(settings.publishing().connectTimeout(), settings.publishing().timeout(),
                clock), settings.publishing().platform(Connector.LINKEDIN), clock, Duration.ofSeconds(3),
                Duration.ofSeconds(120));
    }

    LinkedInConnector(ConnectorHttp http, ObjectMapper json, OAuthTokens tokens, PublishingProperties.PlatformApp app,
            Clock clock, Duration pollInterval, Duration maxProcessingWait) {
        LinkedInApi api = new LinkedInApi(http, json, clock);
        this.accounts = new LinkedInAccounts(api, tokens, app);
        this.posts = new LinkedInPosts(api, new LinkedInMedia(api, pollInterval, maxProcessingWait));
        this.comments = new LinkedInComments(api, posts);
        this.metrics = new LinkedInMetrics(api);
    }

    @Override
    public Connector type() {
        return Connector.LINKEDIN;
    }

    @Override
    public String describe(Post post) {
        String base = LinkedInApi.base(post.channel());
        return post.media().stream().map(medium -> (medium.video() ? "video " : "image ") + medium.describe()
                        + " uploaded to " + base + "/rest/" + (medium.video() ? "videos" : "images") + ", then ")
                .collect(Collectors.joining())
                + "POST " + base + "/rest/posts as " + post.channel().accountId() + " (" + post.channel().handle()
                + "): " + ConnectorHttp.abbreviate(post.text());
    }

    @Override
    public PublishOutcome publish(Post post) {
        return posts.publish(post);
    }

    @Override
    public Verification findPost(Post post, Instant sentAfter) {
        return posts.find(post, sentAfter);
    }

    @Override
    public String describe(Reply reply) {
        return "POST " + LinkedInApi.base(reply.channel()) + "/rest/socialActions/" + reply.inReplyToExternalId()
                + "/comments as " + reply.channel().accountId() + ": " + ConnectorHttp.abbreviate(reply.text());
    }

    @Override
    public PublishOutcome reply(Reply reply) {
        return comments.reply(reply);
    }

    @Override
    public List<String> listeningStreams() {
        return List.of(LinkedInComments.STREAM);
    }

    @Override
    public InboundPage listen(ChannelConnection channel, String stream, String cursor) {
        return LinkedInComments.STREAM.equals(stream) ? comments.listen(channel, cursor) : InboundPage.nothingNew();
    }

    @Override
    public ModerationOutcome moderate(ChannelConnection channel, String externalId, String authorHandle,
            ModerationAction action) {
        return comments.moderate(channel, externalId, action);
    }

    @Override
    public boolean reportsEngagement() {
        return true;
    }

    @Override
    public Optional<EngagementCounts> engagement(ChannelConnection channel, String remoteId) {
        return metrics.engagement(channel, remoteId);
    }

    @Override
    public Optional<Long> followers(ChannelConnection channel) {
        return metrics.followers(channel);
    }

    @Override
    public Optional<OAuthApp> oauth() {
        return accounts.oauth();
    }

    @Override
    public AccountTokens exchange(String code, String codeVerifier, URI redirectUri, String account) {
        return accounts.exchange(code, codeVerifier, redirectUri, account);
    }

    @Override
    public AccountTokens refresh(ChannelConnection channel) {
        return accounts.refresh(channel);
    }

    @Override
    public AccountCheck account(ChannelConnection channel) {
        AccountCheck page = accounts.account(channel);
        return page.ok() ? new AccountCheck(page.accountId(), page.handle(), page.displayName(),
                metrics.followers(channel).orElse(null), null) : page;
    }
}
