package io.engineroom.publishing.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.connector.ConnectorHttp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the account's mentions timeline ({@code GET /2/users/:id/mentions}, newest first, with the authors expanded:
 * https://docs.x.com/x-api/posts/user-mention-timeline-by-user-id). Replies to the brand's posts mention it too, so
 * they arrive here; a reply's {@code inReplyTo} is the post it answers ({@code referenced_tweets} of type
 * {@code replied_to}), and a reply to the account is a comment, anything else a mention.
 * <p>
 * The cursor is the newest post id read ({@code since_id} of the next read). X pages a burst from the newest post
 * backwards ({@code meta.next_token}), so while a burst is being paged the cursor holds three parts, "newest since
 * token": the read goes on with {@code since_id} and {@code pagination_token}, and once the last page is stored the
 * cursor becomes the burst's newest id. A first read (no cursor) takes the newest page only.
 */
final class XMentions {

    static final String STREAM = "mentions";
    static final int FIRST_PAGE = 20;
    static final int PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(XMentions.class);

    private final XApi api;

    XMentions(XApi api) {
        this.api = api;
    }

    InboundPage read(ChannelConnection channel, String cursor) {
        if (channel.accountId() == null || channel.accountId().isBlank()) {
            LOG.warn("X mentions of {} not read: the channel has no X account id; connect it again", channel);
            return InboundPage.nothingNew();
        }
        Cursor at = Cursor.parse(cursor);
        StringBuilder path = new StringBuilder("/2/users/").append(XApi.encode(channel.accountId()))
                .append("/mentions?max_results=").append(at == null ? FIRST_PAGE : PAGE)
                .append("&expansions=author_id&user.fields=username,name")
                .append("&tweet.fields=created_at,conversation_id,in_reply_to_user_id,referenced_tweets");
        if (at != null) {
            path.append("&since_id=").append(XApi.encode(at.since));
            if (at.token != null) {
                path.append("&pagination_token=").append(XApi.encode(at.token));
            }
        }
        ConnectorHttp.Exchange answer = api.get(channel, path.toString(), "X mentions");
        if (!answer.ok()) {
            if (answer.answered() && answer.status() == 401) {
                throw api.problem(answer, "X mentions");
            }
            if (answer.answered() && answer.status() == 400 && at != null && at.token != null) {
                // the page token is no longer taken: read the burst again from its start (the inbox finds the
                // interactions already stored instead of doubling them)
                LOG.warn("X mentions of {}: page token refused, reading from {} again", channel, at.since);
                return new InboundPage(List.of(), at.since, true);
            }
            LOG.warn("X mentions of {} not read: {}", channel, XApi.reason(api.failure(answer, "X mentions")));
            return InboundPage.nothingNew();
        }
        JsonNode body = api.body(answer);
        List<InboundItem> items = items(channel, body);
        String newest = body.path("meta").path("newest_id").asText("");
        String next = body.path("meta").path("next_token").asText("");
        // the newest post of the burst: the first page's, kept while its older pages are read
        String burstNewest = at != null && at.token != null ? at.newest : newest;
        if (burstNewest == null || burstNewest.isBlank()) {
            return new InboundPage(items, null, false);
        }
        if (at != null && !next.isBlank()) {
            return new InboundPage(items, burstNewest + " " + at.since + " " + next, true);
        }
        return new InboundPage(items, burstNewest, false);
    }

    private List<InboundItem> items(ChannelConnection channel, JsonNode body) {
        Map<String, JsonNode> users = new HashMap<>();
        body.path("includes").path("users").forEach(user -> users.put(user.path("id").asText(), user));
        List<InboundItem> items = new ArrayList<>();
        for (JsonNode post : body.path("data")) {
            String authorId = post.path("author_id").asText("");
            if (authorId.equals(channel.accountId())) {
                continue; // the brand's own posts (its replies in a thread) are not interactions
            }
            JsonNode author = users.get(authorId);
            String username = author == null ? null : author.path("username").asText(null);
            String inReplyTo = null;
            for (JsonNode reference : post.path("referenced_tweets")) {
                if ("replied_to".equals(reference.path("type").asText())) {
                    inReplyTo = reference.path("id").asText(null);
                }
            }
            boolean toBrand = channel.accountId() != null
                    && channel.accountId().equals(post.path("in_reply_to_user_id").asText(""));
            items.add(new InboundItem(post.path("id").asText(), inReplyTo != null && toBrand
                    ? InboundItem.Kind.COMMENT : InboundItem.Kind.MENTION,
                    username == null ? authorId : "@" + username,
                    author == null ? null : author.path("name").asText(null), XText.unescape(post.path("text")
                            .asText("")), inReplyTo, time(post.path("created_at").asText(""))));
        }
        return items;
    }

    private static Instant time(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null; // the inbox refuses an item without a time, and says so in the log
        }
    }

    /** "newest" once settled, or "newest since token" while a burst is paged. */
    private record Cursor(String newest, String since, String token) {

        static Cursor parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String[] parts = value.strip().split(" ");
            return parts.length == 3 ? new Cursor(parts[0], parts[1], parts[2]) : new Cursor(parts[0], parts[0],
                    null);
        }
    }
}
