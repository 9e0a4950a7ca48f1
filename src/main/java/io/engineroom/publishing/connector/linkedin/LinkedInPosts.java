package io.engineroom.publishing.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.Post;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Verification;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the page's posts ({@code POST /rest/posts}: author the organisation, public, in the main feed, published;
 * LinkedIn answers 201 with the post's URN in the {@code x-restli-id} header) and reads the page's recent posts
 * ({@code GET /rest/posts?author=...&q=author&sortBy=LAST_MODIFIED}), for the check after an unknown outcome and
 * for listening
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api">Posts
 * API</a>).
 */
final class LinkedInPosts {

    /** How many of the page's latest posts a check reads. */
    static final int RECENT = 20;
    /** LinkedIn's clock and ours may differ a little: a post stamped this much before the attempt still counts. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** One of the page's posts as the finder returns it. */
    record Read(String urn, String commentary, Instant createdAt, String lifecycleState) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LinkedInPosts.class);

    private final LinkedInApi api;
    private final LinkedInMedia media;

    LinkedInPosts(LinkedInApi api, LinkedInMedia media) {
        this.api = api;
        this.media = media;
    }

    PublishOutcome publish(Post post) {
        LinkedInMedia.Uploaded uploaded = media.upload(post);
        if (uploaded.failure() != null) {
            return uploaded.failure();
        }
        ObjectNode body = api.object().put("author", post.channel().accountId())
                .put("commentary", LinkedInText.commentary(post.text())).put("visibility", "PUBLIC");
        ObjectNode distribution = body.putObject("distribution").put("feedDistribution", "MAIN_FEED");
        distribution.putArray("targetEntities");
        distribution.putArray("thirdPartyDistributionChannels");
        if (uploaded.content() != null) {
            body.set("content", uploaded.content());
        }
        body.put("lifecycleState", "PUBLISHED").put("isReshareDisabledByAuthor", false);
        ConnectorHttp.Exchange answer = api.postJson(LinkedInApi.base(post.channel()), "/rest/posts",
                post.channel().accessToken(), body, "LinkedIn post");
        if (!answer.ok()) {
            return api.outcome(answer, "LinkedIn post");
        }
        // 201: the post exists, even if the answer leaves out its id
        String urn = answer.response().headers().firstValue("x-restli-id").orElse(null);
        return new PublishOutcome.Published(urn == null ? null : LinkedInApi.postUrl(urn), urn);
    }

    /**
     * Looks among the page's {@value #RECENT} most recently changed posts for one with the post's text created
     * since {@code sentAfter}.
     */
    Verification find(Post post, Instant sentAfter) {
        List<Read> recent;
        try {
            recent = recent(post.channel());
        } catch (AccountProblem e) {
            return new Verification.CannotTell(e.getMessage());
        }
        if (recent == null) {
            return new Verification.CannotTell("LinkedIn did not list the page's posts");
        }
        Instant since = sentAfter.minus(CLOCK_SKEW);
        for (Read read : recent) {
            if (LinkedInText.same(read.commentary(), post.text()) && read.createdAt() != null
                    && !read.createdAt().isBefore(since)) {
                if (read.lifecycleState() != null && !"PUBLISHED".equals(read.lifecycleState())) {
                    return new Verification.NotFound("a post with this text is on the page as "
                            + read.lifecycleState() + " (" + read.urn() + "), not published yet");
                }
                return new Verification.Found(LinkedInApi.postUrl(read.urn()), read.urn());
            }
        }
        return new Verification.NotFound("none of the page's " + recent.size() + " most recently changed posts has "
                + "this text and was created since " + sentAfter);
    }

    /**
     * The page's most recently changed posts, newest first; null when LinkedIn did not answer with them.
     *
     * @throws AccountProblem when LinkedIn refused the token
     */
    List<Read> recent(ChannelConnection channel) {
        ConnectorHttp.Exchange answer = api.find(LinkedInApi.base(channel), "/rest/posts?author="
                + LinkedInApi.encode(channel.accountId()) + "&q=author&count=" + RECENT + "&sortBy=LAST_MODIFIED",
                channel.accessToken(), "LinkedIn page posts");
        if (answer.answered() && answer.status() == 401) {
            throw LinkedInApi.tokenRefused("LinkedIn page posts", answer);
        }
        if (!answer.ok()) {
            LOG.warn("Posts of {} not listed: {}", channel, api.why(answer));
            return null;
        }
        List<Read> posts = new ArrayList<>();
        for (JsonNode element : api.body(answer).path("elements")) {
            String urn = LinkedInApi.text(element, "id");
            Long created = LinkedInApi.number(element, "createdAt");
            if (urn != null) {
                posts.add(new Read(urn, LinkedInApi.text(element, "commentary"),
                        created == null ? null : Instant.ofEpochMilli(created),
                        LinkedInApi.text(element, "lifecycleState")));
            }
        }
        return posts;
    }
}
