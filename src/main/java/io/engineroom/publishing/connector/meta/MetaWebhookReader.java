package io.engineroom.publishing.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.Secrets;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.InboundItem;
import io.engineroom.publishing.MetaWebhooks;
import io.engineroom.publishing.PublishingSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Meta's webhooks as documented for
 * <a href="https://developers.facebook.com/docs/graph-api/webhooks/getting-started">getting started</a> (the
 * {@code hub.*} handshake, {@code X-Hub-Signature-256}), the
 * <a href="https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed">Page {@code feed}</a> field
 * (a comment added: {@code item: comment, verb: add, comment_id, post_id, parent_id, message, from}),
 * <a href="https://developers.facebook.com/docs/messenger-platform/webhooks">Messenger</a> {@code messaging} events
 * ({@code sender.id}, {@code message.mid}, {@code message.text}, {@code timestamp} in ms) and the
 * <a href="https://developers.facebook.com/docs/instagram-platform/webhooks">Instagram</a> fields {@code comments}
 * ({@code id, text, from.username, media.id, parent_id}) and {@code mentions} ({@code media_id, comment_id}). Each
 * {@code entry} names the account ({@code id}: the page id, or the Instagram user id) its items are for.
 */
@Component
class MetaWebhookReader implements MetaWebhooks {

    private static final String PREFIX = "sha256=";

    private final ObjectMapper json;
    private final Set<String> appSecrets = new LinkedHashSet<>();
    private final Set<String> verifyTokens = new LinkedHashSet<>();

    MetaWebhookReader(ObjectMapper json, PublishingSettings settings) {
        this.json = json;
        for (Connector connector : List.of(Connector.FACEBOOK, Connector.INSTAGRAM)) {
            var app = settings.publishing().platform(connector);
            if (app.appSecret() != null && !app.appSecret().isBlank()) {
                appSecrets.add(app.appSecret());
            }
            if (app.verifyToken() != null && !app.verifyToken().isBlank()) {
                verifyTokens.add(app.verifyToken());
            }
        }
    }

    @Override
    public boolean configured() {
        return !appSecrets.isEmpty();
    }

    @Override
    public boolean handshake(String mode, String verifyToken) {
        if (!"subscribe".equals(mode) || verifyToken == null) {
            return false;
        }
        byte[] given = verifyToken.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String token : verifyTokens) {
            match |= MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given);
        }
        return match;
    }

    @Override
    public boolean signed(byte[] body, String signatureHeader) {
        if (signatureHeader == null || !signatureHeader.startsWith(PREFIX)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring(PREFIX.length()).trim().toLowerCase());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        boolean match = false;
        for (String secret : appSecrets) {
            match |= MessageDigest.isEqual(hmac(secret, body), given);
        }
        return match;
    }

    static byte[] hmac(String secret, byte[] body) {
        return Secrets.hmacSha256(secret, body);
    }

    @Override
    public List<AccountItems> read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("The delivery is not JSON");
        }
        String object = GraphApi.text(root, "object");
        Connector connector = "page".equals(object) ? Connector.FACEBOOK
                : "instagram".equals(object) ? Connector.INSTAGRAM : null;
        JsonNode entries = root == null ? null : root.get("entry");
        if (connector == null || entries == null || !entries.isArray()) {
            throw new IllegalArgumentException("Not a Page or Instagram delivery (object " + object
                    + ", with an entry list)");
        }
        List<AccountItems> accounts = new ArrayList<>();
        for (JsonNode entry : entries) {
            String account = GraphApi.text(entry, "id");
            if (account == null) {
                continue;
            }
            Instant entryTime = epoch(GraphApi.count(entry, "time"));
            List<InboundItem> items = new ArrayList<>();
            for (JsonNode change : list(entry, "changes")) {
                InboundItem item = connector == Connector.FACEBOOK ? pageChange(change, entryTime)
                        : instagramChange(change, entryTime);
                // the account's own comments (Engine Room's replies among them) come back too: not interactions
                boolean own = account.equals(GraphApi.text(change.path("value").get("from"), "id"));
                if (item != null && !own) {
                    items.add(item);
                }
            }
            for (JsonNode event : list(entry, "messaging")) {
                InboundItem item = message(event, entryTime);
                if (item != null) {
                    items.add(item);
                }
            }
            accounts.add(new AccountItems(connector, account, items));
        }
        return accounts;
    }

    /** A comment added to the Page's feed; reactions, edits, removals and the Page's own posts are left out. */
    private static InboundItem pageChange(JsonNode change, Instant entryTime) {
        JsonNode value = change.get("value");
        if (!"feed".equals(GraphApi.text(change, "field")) || !"comment".equals(GraphApi.text(value, "item"))
                || !"add".equals(GraphApi.text(value, "verb"))) {
            return null;
        }
        String id = GraphApi.text(value, "comment_id");
        JsonNode from = value.get("from");
        String parent = GraphApi.text(value, "parent_id");
        Long created = GraphApi.count(value, "created_time");
        return id == null ? null : new InboundItem(id, InboundItem.Kind.COMMENT, author(from), GraphApi.text(from,
                "name"), GraphApi.text(value, "message"), parent != null ? parent : GraphApi.text(value, "post_id"),
                created != null ? epoch(created) : entryTime);
    }

    private static InboundItem instagramChange(JsonNode change, Instant entryTime) {
        String field = GraphApi.text(change, "field");
        JsonNode value = change.get("value");
        if ("comments".equals(field) || "live_comments".equals(field)) {
            String id = GraphApi.text(value, "id");
            JsonNode from = value.get("from");
            String parent = GraphApi.text(value, "parent_id");
            String handle = GraphApi.text(from, "username");
            return id == null ? null : new InboundItem(id, InboundItem.Kind.COMMENT,
                    handle != null ? "@" + handle : author(from), null, GraphApi.text(value, "text"),
                    parent != null ? parent : GraphApi.text(value.get("media"), "id"), entryTime);
        }
        if ("mentions".equals(field)) {
            String comment = GraphApi.text(value, "comment_id");
            String media = GraphApi.text(value, "media_id");
            String id = comment != null ? comment : media;
            // the mention names no author or text: both are read on Instagram itself
            return id == null ? null : new InboundItem(id, InboundItem.Kind.MENTION, "instagram:" + id, null,
                    comment != null ? "Mentioned the account in a comment (" + comment + ") on media " + media
                            : "Mentioned the account in the caption of media " + media, media, entryTime);
        }
        return null;
    }

    /** A message a person sent; echoes of the account's own messages, reads and deliveries are left out. */
    private static InboundItem message(JsonNode event, Instant entryTime) {
        JsonNode message = event.get("message");
        if (message == null || message.path("is_echo").asBoolean(false)) {
            return null;
        }
        String mid = GraphApi.text(message, "mid");
        String sender = GraphApi.text(event.get("sender"), "id");
        String text = GraphApi.text(message, "text");
        if (text == null && message.has("attachments")) {
            text = "(attachment)";
        }
        Long timestamp = GraphApi.count(event, "timestamp");
        return mid == null || sender == null ? null : new InboundItem(mid, InboundItem.Kind.DIRECT_MESSAGE, sender,
                null, text, null, timestamp != null ? Instant.ofEpochMilli(timestamp) : entryTime);
    }

    private static String author(JsonNode from) {
        String id = GraphApi.text(from, "id");
        return id == null ? "unknown" : id;
    }

    private static Iterable<JsonNode> list(JsonNode node, String field) {
        JsonNode list = node.get(field);
        return list != null && list.isArray() ? list : List.of();
    }

    private static Instant epoch(Long seconds) {
        // Page entries carry seconds, some Instagram entries milliseconds
        if (seconds == null) {
            return null;
        }
        return seconds > 100_000_000_000L ? Instant.ofEpochMilli(seconds) : Instant.ofEpochSecond(seconds);
    }
}
