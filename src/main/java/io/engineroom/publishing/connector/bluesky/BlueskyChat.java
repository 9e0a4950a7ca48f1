package io.engineroom.publishing.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.InboundPage;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.Reply;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct messages: Bluesky's chat service, reached through the account's PDS with the header
 * {@code atproto-proxy: did:web:api.bsky.chat#bsky_chat} (https://docs.bsky.app/docs/advanced-guides/api-directory).
 * The {@code direct_messages} stream reads the account's chat log ({@code chat.bsky.convo.getLog}), whose cursor is
 * a revision that moves FORWARD: the stored cursor is the last revision read. The first read reads no messages: it
 * takes the newest revision, that of the most recently active conversation ({@code chat.bsky.convo.listConvos},
 * limit 1), so the account's message history is not imported. A reply is {@code chat.bsky.convo.sendMessage} to the
 * conversation. An app password reads and sends messages only when it was created with "Allow access to your direct
 * messages"; without it the PDS refuses the chat calls (not a refused session: posting still works).
 */
final class BlueskyChat {

    static final String STREAM = "direct_messages";
    static final Map<String, String> PROXY = Map.of("atproto-proxy", "did:web:api.bsky.chat#bsky_chat");
    private static final String PREFIX = "bsky-chat:";
    private static final Logger LOG = LoggerFactory.getLogger(BlueskyChat.class);

    private final Xrpc xrpc;

    BlueskyChat(Xrpc xrpc) {
        this.xrpc = xrpc;
    }

    /** A message's id in the inbox: its conversation and its id there. */
    static String externalId(String convoId, String messageId) {
        return PREFIX + convoId + "/" + messageId;
    }

    InboundPage read(ChannelConnection channel, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            Xrpc.Answer convos = call(channel, "chat.bsky.convo.listConvos", Map.of("limit", 1));
            String newest = convos == null ? null : Xrpc.text(convos.body().path("convos").path(0), "rev");
            return newest == null ? InboundPage.nothingNew() : new InboundPage(List.of(), newest, false);
        }
        Xrpc.Answer log = call(channel, "chat.bsky.convo.getLog", Map.of("cursor", cursor));
        if (log == null) {
            return InboundPage.nothingNew();
        }
        List<InboundItem> items = new ArrayList<>();
        for (JsonNode entry : log.body().path("logs")) {
            InboundItem item = item(channel, entry);
            if (item != null) {
                items.add(item);
            }
        }
        String next = Xrpc.text(log.body(), "cursor");
        boolean moved = next != null && !next.equals(cursor);
        return new InboundPage(items, moved ? next : null, moved && !log.body().path("logs").isEmpty());
    }

    /** The answer, or null after trouble other than a refused session (logged). */
    private Xrpc.Answer call(ChannelConnection channel, String nsid, Map<String, ?> params) {
        Xrpc.Answer answer = xrpc.query(channel.baseUrl(), nsid, params, channel.accessToken(),
                "Bluesky direct messages", PROXY);
        if (answer.ok()) {
            return answer;
        }
        if (answer.status() == 401) {
            throw new AccountProblem("Bluesky refused the session of " + channel.handle() + ": " + answer.problem(),
                    true);
        }
        LOG.warn("Direct messages of {} not read: {} (an app password reads them only when created with access to "
                + "direct messages)", channel, answer.problem());
        return null;
    }

    /** A message someone else sent; null for the brand's own messages and every other log entry. */
    private static InboundItem item(ChannelConnection channel, JsonNode entry) {
        JsonNode message = entry.path("message");
        String sender = Xrpc.text(message.path("sender"), "did");
        String text = Xrpc.text(message, "text");
        String convoId = Xrpc.text(entry, "convoId");
        String id = Xrpc.text(message, "id");
        if (!"chat.bsky.convo.defs#logCreateMessage".equals(Xrpc.text(entry, "$type")) || text == null
                || sender == null || sender.equals(channel.accountId()) || convoId == null || id == null) {
            return null;
        }
        String handle = sender;
        String name = null;
        for (JsonNode profile : entry.path("relatedProfiles")) {
            if (sender.equals(Xrpc.text(profile, "did")) && Xrpc.text(profile, "handle") != null) {
                handle = "@" + Xrpc.text(profile, "handle");
                name = Xrpc.text(profile, "displayName");
            }
        }
        Instant sentAt;
        try {
            sentAt = Instant.parse(Xrpc.text(message, "sentAt"));
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
        return new InboundItem(externalId(convoId, id), InboundItem.Kind.DIRECT_MESSAGE, handle, name, text,
                PREFIX + convoId, sentAt);
    }

    /** Sends the reply into the conversation of the message answered (its id, or the conversation's). */
    PublishOutcome send(Reply reply) {
        String target = reply.inReplyToExternalId();
        String convoId = target == null ? null : target.startsWith(PREFIX)
                ? target.substring(PREFIX.length()).split("/")[0] : target;
        if (convoId == null || convoId.isBlank()) {
            return new PublishOutcome.Failed("Bluesky message not sent: no conversation to answer in");
        }
        var body = xrpc.object().put("convoId", convoId);
        body.putObject("message").put("text", reply.text());
        Xrpc.Answer answer = xrpc.procedure(reply.channel().baseUrl(), "chat.bsky.convo.sendMessage", body,
                reply.channel().accessToken(), "Bluesky direct message", PROXY);
        if (!answer.ok()) {
            return answer.status() == 401 || !"InvalidToken".equals(answer.error()) ? answer.outcome()
                    : new PublishOutcome.Failed(answer.problem() + " (the app password has no access to direct "
                            + "messages)");
        }
        return new PublishOutcome.Published("https://bsky.app/messages/" + convoId,
                externalId(convoId, Xrpc.text(answer.body(), "id")));
    }
}
