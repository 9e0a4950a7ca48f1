package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code notifications} stream: replies, mentions and quotes of the account, read with
 * {@code app.bsky.notification.listNotifications}
 * (https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications).
 * <p>
 * Bluesky lists notifications newest first and its {@code cursor} pages BACKWARDS, to older ones: there is no "since"
 * to ask for. So the stored cursor is not Bluesky's but the newest notification already taken ({@code indexedAt} and
 * at-uri): each poll reads the newest page and takes what is newer than that mark, and when a whole page is newer
 * (more came in than a page holds) it reads on to older pages with Bluesky's cursor, keeping the mark it is catching
 * up to and the newest one it saw, until it reaches the mark; only then does the mark move to that newest one. A
 * restart in the middle of that reads on from the stored page. The first read takes the newest page only, never
 * the account's history. Likes, reposts and follows are not interactions and are skipped.
 */
final class BlueskyNotifications {

    static final String STREAM = "notifications";
    static final int PAGE_SIZE = 50;
    private static final Logger LOG = LoggerFactory.getLogger(BlueskyNotifications.class);

    private final Xrpc xrpc;

    BlueskyNotifications(Xrpc xrpc) {
        this.xrpc = xrpc;
    }

    /**
     * Where reading stands. {@code seen}: the newest notification taken (null before the first read); while
     * catching up, {@code page} is Bluesky's cursor of the next older page and {@code newest} the mark to move to.
     */
    record Position(Mark seen, String page, Mark newest) {
    }

    record Mark(Instant at, String uri) {
    }

    InboundPage read(ChannelConnection channel, String cursor) {
        Position position = parse(cursor);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", PAGE_SIZE);
        if (position.page() != null) {
            params.put("cursor", position.page());
        }
        Xrpc.Answer answer = xrpc.query(channel.baseUrl(), "app.bsky.notification.listNotifications", params,
                channel.accessToken(), "Bluesky notifications");
        if (!answer.ok()) {
            if (answer.tokenRefused()) {
                throw new AccountProblem("Bluesky refused the session of " + channel.handle() + ": "
                        + answer.problem(), true);
            }
            LOG.warn("Notifications of {} not read: {}", channel, answer.problem());
            return InboundPage.nothingNew();
        }
        List<InboundItem> items = new ArrayList<>();
        Mark first = null;
        boolean reached = false;
        for (JsonNode notification : answer.body().path("notifications")) {
            Mark mark = mark(notification);
            if (mark == null) {
                continue;
            }
            if (position.seen() != null && (mark.uri().equals(position.seen().uri())
                    || mark.at().isBefore(position.seen().at()))) {
                reached = true;
                break;
            }
            first = first == null ? mark : first;
            InboundItem item = item(notification, mark);
            if (item != null) {
                items.add(item);
            }
        }
        // oldest first, as they happened
        Collections.reverse(items);
        Mark newest = position.newest() != null ? position.newest() : first;
        String older = Xrpc.text(answer.body(), "cursor");
        boolean firstRead = position.seen() == null;
        if (firstRead || reached || older == null || first == null) {
            return newest == null ? new InboundPage(items, null, false)
                    : new InboundPage(items, write(new Position(newest, null, null)), false);
        }
        return new InboundPage(items, write(new Position(position.seen(), older, newest)), true);
    }

    private static Mark mark(JsonNode notification) {
        String uri = Xrpc.text(notification, "uri");
        String indexedAt = Xrpc.text(notification, "indexedAt");
        if (uri == null || indexedAt == null) {
            return null;
        }
        try {
            return new Mark(Instant.parse(indexedAt), uri);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A reply is a comment on the brand's post; a mention or a quote names the brand. */
    private static InboundItem item(JsonNode notification, Mark mark) {
        String reason = Xrpc.text(notification, "reason");
        JsonNode record = notification.path("record");
        String parent = Xrpc.text(record.path("reply").path("parent"), "uri");
        InboundItem.Kind kind;
        String inReplyTo;
        switch (reason == null ? "" : reason) {
            case "reply" -> {
                kind = InboundItem.Kind.COMMENT;
                inReplyTo = parent != null ? parent : Xrpc.text(notification, "reasonSubject");
            }
            case "mention" -> {
                kind = InboundItem.Kind.MENTION;
                inReplyTo = parent;
            }
            case "quote" -> {
                kind = InboundItem.Kind.MENTION;
                inReplyTo = Xrpc.text(notification, "reasonSubject");
            }
            default -> {
                return null;
            }
        }
        JsonNode author = notification.path("author");
        String handle = Xrpc.text(author, "handle");
        return new InboundItem(mark.uri(), kind, handle == null ? Xrpc.text(author, "did") : "@" + handle,
                Xrpc.text(author, "displayName"), Xrpc.text(record, "text"), inReplyTo, mark.at());
    }

    private Position parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new Position(null, null, null);
        }
        try {
            JsonNode node = xrpc.json().readTree(cursor);
            return new Position(stored(node.path("seen")), Xrpc.text(node, "page"), stored(node.path("newest")));
        } catch (Exception e) {
            // a cursor we cannot read: start over from the newest page, as on the first read
            LOG.warn("Unreadable Bluesky notification cursor, reading the newest page: {}", e.toString());
            return new Position(null, null, null);
        }
    }

    private static Mark stored(JsonNode node) {
        String at = Xrpc.text(node, "indexedAt");
        String uri = Xrpc.text(node, "uri");
        return at == null || uri == null ? null : new Mark(Instant.parse(at), uri);
    }

    private String write(Position position) {
        ObjectNode node = xrpc.object();
        node.putObject("seen").put("indexedAt", position.seen().at().toString()).put("uri", position.seen().uri());
        if (position.page() != null) {
            node.put("page", position.page());
            node.putObject("newest").put("indexedAt", position.newest().at().toString())
                    .put("uri", position.newest().uri());
        }
        return node.toString();
    }
}
