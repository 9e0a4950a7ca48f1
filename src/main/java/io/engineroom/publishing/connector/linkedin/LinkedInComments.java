package io.engineroom.publishing.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comments on the page's posts: read by polling (LinkedIn pushes comment notifications only to apps in its
 * webhook programme), answered in their thread, and deleted where LinkedIn lets the page
 * (<a href="https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/comments-api">Comments
 * API</a>). A comment's URN names the post's activity and the comment:
 * {@code urn:li:comment:(urn:li:activity:X,Y)}.
 * <p>
 * Listening reads the page's posts of the last {@link #WINDOW} ({@link LinkedInPosts#recent}), then each post's
 * comments ({@code GET /rest/socialActions/{post}/comments}) and the replies under comments that have some. The
 * cursor is the newest comment's creation time in epoch milliseconds: a read returns the comments created at or
 * after it (the inbox drops the one it already holds at that very millisecond), a first read (no cursor) those of
 * the window. The page's own comments (its replies) are not taken in.
 */
final class LinkedInComments {

    static final String STREAM = "comments";
    /** Posts older than this are no longer watched for comments. */
    static final Duration WINDOW = Duration.ofDays(7);
    /** Comments per request, and requests per post and poll. */
    static final int PAGE = 50;
    static final int MAX_PAGES = 5;
    private static final Pattern COMMENT = Pattern.compile("^urn:li:comment:\\((urn:li:[A-Za-z]+:[^,]+),([^)]+)\\)$");
    private static final Logger LOG = LoggerFactory.getLogger(LinkedInComments.class);

    private final LinkedInApi api;
    private final LinkedInPosts posts;

    LinkedInComments(LinkedInApi api, LinkedInPosts posts) {
        this.api = api;
        this.posts = posts;
    }

    /** A comment URN's post (activity) and comment id; null when it is not a comment URN. */
    static String[] parse(String commentUrn) {
        Matcher matcher = commentUrn == null ? null : COMMENT.matcher(commentUrn.strip());
        return matcher != null && matcher.matches() ? new String[] {matcher.group(1), matcher.group(2)} : null;
    }

    /** Where a person sees the comment (or the post) on LinkedIn. */
    static String link(String externalId) {
        String[] comment = parse(externalId);
        return comment == null ? LinkedInApi.postUrl(externalId)
                : LinkedInApi.postUrl(comment[0]) + "?commentUrn=" + LinkedInApi.encode(externalId);
    }

    InboundPage listen(ChannelConnection channel, String cursor) {
        Instant now = api.clock().instant();
        Instant since = since(cursor, now);
        List<LinkedInPosts.Read> recent = posts.recent(channel);
        if (recent == null) {
            LOG.warn("Comments of {} not read: LinkedIn did not list the page's posts", channel);
            return InboundPage.nothingNew();
        }
        List<InboundItem> items = new ArrayList<>();
        Instant newest = null;
        for (LinkedInPosts.Read post : recent) {
            if (post.createdAt() != null && post.createdAt().isBefore(now.minus(WINDOW))) {
                continue;
            }
            List<JsonNode> comments = new ArrayList<>();
            if (!read(channel, post.urn(), comments)) {
                return InboundPage.nothingNew();
            }
            for (JsonNode comment : List.copyOf(comments)) {
                JsonNode summary = comment.path("commentsSummary");
                long replies = Math.max(summary.path("aggregatedTotalComments").asLong(0),
                        summary.path("totalFirstLevelComments").asLong(0));
                String urn = urn(comment);
                if (replies > 0 && urn != null && !read(channel, urn, comments)) {
                    return InboundPage.nothingNew();
                }
            }
            for (JsonNode comment : comments) {
                Long time = LinkedInApi.number(comment.path("created"), "time");
                String urn = urn(comment);
                if (time == null || urn == null || Instant.ofEpochMilli(time).isBefore(since)) {
                    continue;
                }
                Instant created = Instant.ofEpochMilli(time);
                newest = newest == null || created.isAfter(newest) ? created : newest;
                String actor = LinkedInApi.text(comment, "actor");
                if (channel.accountId().equals(actor)) {
                    continue;
                }
                String parent = LinkedInApi.text(comment, "parentComment");
                items.add(new InboundItem(urn, InboundItem.Kind.COMMENT, actor, null,
                        comment.path("message").path("text").asText(""), parent != null ? parent : post.urn(),
                        created));
            }
        }
        return new InboundPage(items, newest == null ? null : String.valueOf(newest.toEpochMilli()), false);
    }

    private static Instant since(String cursor, Instant now) {
        if (cursor != null && cursor.matches("\\d{1,15}")) {
            return Instant.ofEpochMilli(Long.parseLong(cursor));
        }
        return now.minus(WINDOW);
    }

    /** Adds the comments on a post or comment; false when LinkedIn did not answer (then nothing is taken in). */
    private boolean read(ChannelConnection channel, String target, List<JsonNode> into) {
        for (int page = 0, start = 0; page < MAX_PAGES; page++) {
            ConnectorHttp.Exchange answer = api.get(LinkedInApi.base(channel), "/rest/socialActions/"
                    + LinkedInApi.encode(target) + "/comments?start=" + start + "&count=" + PAGE,
                    channel.accessToken(), "LinkedIn comments");
            if (answer.answered() && answer.status() == 401) {
                throw LinkedInApi.tokenRefused("LinkedIn comments", answer);
            }
            if (answer.answered() && answer.status() == 404) {
                // the post or comment was deleted meanwhile: nothing to read under it
                return true;
            }
            if (!answer.ok()) {
                LOG.warn("Comments on {} of {} not read: {}", target, channel, api.why(answer));
                return false;
            }
            JsonNode body = api.body(answer);
            body.path("elements").forEach(into::add);
            int read = body.path("elements").size();
            long total = body.path("paging").path("total").asLong(0);
            start += read;
            if (read == 0 || start >= total) {
                return true;
            }
        }
        return true;
    }

    private static String urn(JsonNode comment) {
        String urn = LinkedInApi.text(comment, "$URN");
        if (urn == null) {
            urn = LinkedInApi.text(comment, "commentUrn");
        }
        String object = LinkedInApi.text(comment, "object");
        String id = LinkedInApi.text(comment, "id");
        return urn != null ? urn : object != null && id != null ? "urn:li:comment:(" + object + "," + id + ")" : null;
    }

    /**
     * Comments as the page: on a comment, in its thread ({@code POST /rest/socialActions/{comment}/comments} with
     * {@code parentComment}, on the post's activity); on a post, under it. LinkedIn pages have no messaging API, so a
     * private answer is left to a person.
     */
    PublishOutcome reply(Reply reply) {
        ChannelConnection channel = reply.channel();
        if (reply.direct()) {
            return new PublishOutcome.NeedsPerson("LinkedIn pages have no messaging API: answer "
                    + reply.directToHandle() + " by hand on LinkedIn");
        }
        String target = reply.inReplyToExternalId();
        String[] comment = parse(target);
        ObjectNode body = api.object().put("actor", channel.accountId())
                .put("object", comment == null ? target : comment[0]);
        if (comment != null) {
            body.put("parentComment", target.strip());
        }
        body.putObject("message").put("text", reply.text());
        ConnectorHttp.Exchange answer = api.postJson(LinkedInApi.base(channel), "/rest/socialActions/"
                + LinkedInApi.encode(target.strip()) + "/comments", channel.accessToken(), body, "LinkedIn comment");
        if (!answer.ok()) {
            return api.outcome(answer, "LinkedIn comment");
        }
        String urn = urn(api.body(answer));
        if (urn == null) {
            urn = answer.response().headers().firstValue("x-restli-id").orElse(null);
        }
        return new PublishOutcome.Published(urn == null ? link(target) : link(urn), urn);
    }

    /**
     * Deletes a comment on the page's post as the page
     * ({@code DELETE /rest/socialActions/{post}/comments/{id}?actor=...}); where LinkedIn does not let the page
     * (403), and for hiding, blocking and muting, which LinkedIn has no API for, a person does it with the link.
     */
    ModerationOutcome moderate(ChannelConnection channel, String externalId, ModerationAction action) {
        String link = link(externalId);
        if (action != ModerationAction.DELETE) {
            return new ModerationOutcome.ByHand(switch (action) {
                case HIDE -> "LinkedIn has no API to hide a comment: hide or delete it by hand at " + link;
                case BLOCK -> "LinkedIn has no API for a page to block a member: report or block them by hand at "
                        + link;
                default -> "LinkedIn has no API for a page to mute a member: do it by hand at " + link;
            });
        }
        String[] comment = parse(externalId);
        if (comment == null) {
            return new ModerationOutcome.ByHand("Not a LinkedIn comment (" + externalId + "): delete it by hand at "
                    + link);
        }
        ConnectorHttp.Exchange answer = api.http().send(api.request(LinkedInApi.base(channel), "/rest/socialActions/"
                + LinkedInApi.encode(comment[0]) + "/comments/" + LinkedInApi.encode(comment[1]) + "?actor="
                + LinkedInApi.encode(channel.accountId()), channel.accessToken()).DELETE().build(),
                "LinkedIn comment deletion");
        if (answer.ok()) {
            return new ModerationOutcome.Applied("Deleted on LinkedIn: " + externalId);
        }
        if (answer.answered() && answer.status() == 401) {
            throw LinkedInApi.tokenRefused("LinkedIn comment deletion", answer);
        }
        if (answer.answered() && answer.status() == 403) {
            return new ModerationOutcome.ByHand("LinkedIn did not let the page delete this comment: delete it by "
                    + "hand at " + link);
        }
        return new ModerationOutcome.Failed("LinkedIn did not delete " + externalId + ": " + api.why(answer));
    }
}
