package io.engineroom.demo.platforms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The Mastodon stand-in's answers in the shapes of Mastodon's REST API (docs.joinmastodon.org/entities: Account,
 * Status, MediaAttachment, Relationship, Error), so the real connector reads them as it reads a server's. The
 * figures a server counts (followers, a status's favourites and boosts) are derived from the date and the status id:
 * plausible, the same on every read, and growing day by day as a real account's would, without anything random.
 */
@Component
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class MastodonStandInAnswers {

    /** The day the demo account "joined": its follower count grows from here. */
    static final LocalDate JOINED = LocalDate.of(2024, 3, 14);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final Clock clock;
    private final Environment environment;
    private final ReceivedPosts posts;
    private final MastodonStandInMemory memory;

    MastodonStandInAnswers(ObjectMapper json, Clock clock, Environment environment, ReceivedPosts posts,
            MastodonStandInMemory memory) {
        this.json = json;
        this.clock = clock;
        this.environment = environment;
        this.posts = posts;
        this.memory = memory;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    ArrayNode list() {
        return json.createArrayNode();
    }

    /** Mastodon's error entity: {@code {"error": "..."}}. */
    ObjectNode error(String message) {
        return json.createObjectNode().put("error", message);
    }

    /** The stand-in's address, as the channel stores it: the links in the answers are under it. */
    String base(DemoAccount account) {
        return account.apiUrl(DemoPlatformsAddress.of(environment));
    }

    /** The local user name: {@code beanleaf} for {@code @beanleaf@coffee.social}. */
    static String username(DemoAccount account) {
        return account.handle().replaceFirst("^@", "").split("@")[0];
    }

    /** The token's own account, as {@code verify_credentials} gives it (with its {@code source}). */
    ObjectNode credentials(DemoAccount account) {
        ObjectNode me = account(account);
        me.putObject("source").put("privacy", "public").put("sensitive", false).put("language", "en")
                .put("note", "Coffee, tea and the people who drink them.").put("follow_requests_count", 0)
                .putArray("fields");
        return me;
    }

    ObjectNode account(DemoAccount account) {
        String username = username(account);
        ObjectNode node = person(account.accountId(), username, username, account.displayName(),
                base(account) + "/@" + username);
        node.put("note", "<p>Coffee, tea and the people who drink them.</p>");
        node.put("followers_count", followers(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        node.put("following_count", 180);
        node.put("statuses_count", 312 + posts.of(account).size());
        node.put("last_status_at", posts.of(account).stream().findFirst()
                .map(post -> LocalDate.ofInstant(post.at(), ZoneOffset.UTC).toString()).orElse(null));
        return node;
    }

    /** Someone else's account: an author the connector looks up to block or mute. */
    ObjectNode stranger(DemoAccount server, String accountId, String acct) {
        String username = acct.split("@")[0];
        long seed = seed(accountId);
        ObjectNode node = person(accountId, username, acct, username, base(server) + "/@" + acct);
        node.put("note", "").put("followers_count", 20 + seed % 480).put("following_count", 40 + seed % 260)
                .put("statuses_count", 100 + seed % 2900).putNull("last_status_at");
        return node;
    }

    private ObjectNode person(String id, String username, String acct, String displayName, String url) {
        ObjectNode node = json.createObjectNode().put("id", id).put("username", username).put("acct", acct)
                .put("display_name", displayName).put("locked", false).put("bot", false).put("discoverable", true)
                .put("group", false).put("created_at", TIME.format(JOINED.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .put("url", url);
        String avatar = url.replaceFirst("/@.*$", "") + "/avatars/original/missing.png";
        node.put("avatar", avatar).put("avatar_static", avatar)
                .put("header", avatar.replace("avatars", "headers")).put("header_static", avatar
                        .replace("avatars", "headers"));
        node.putArray("emojis");
        node.putArray("fields");
        return node;
    }

    /** A status the account made (from {@link ReceivedPosts}), with its media and its counts. */
    ObjectNode status(ReceivedPosts.Post post) {
        String username = username(post.account());
        ObjectNode node = statusBase(post.id(), post.at(), post.inReplyTo(), memory.visibility(post.id()),
                base(post.account()) + "/@" + username + "/" + post.id(),
                base(post.account()) + "/users/" + username + "/statuses/" + post.id(), html(post.text()));
        long ownReplies = posts.of(post.account()).stream().filter(other -> post.id().equals(other.inReplyTo()))
                .count();
        counts(node, post.id(), ownReplies);
        node.set("account", account(post.account()));
        ArrayNode media = node.putArray("media_attachments");
        post.media().forEach(id -> memory.upload(post.account(), id).ifPresent(upload -> media.add(media(upload))));
        return node;
    }

    /**
     * A status the stand-in did not receive: one of the demo's incoming interactions, which are someone else's
     * statuses (so deleting it is left to a person, as on Mastodon).
     */
    ObjectNode othersStatus(DemoAccount server, String id) {
        String acct = "reader" + seed(id) % 1000 + "@mastodon.example";
        String accountId = Long.toString(110_000_000_000_000_000L + seed(acct) % 1_000_000_000_000L);
        Instant at = clock.instant().minus(seed(id) % 180 + 5, ChronoUnit.MINUTES);
        ObjectNode node = statusBase(id, at, null, "public", base(server) + "/@" + acct + "/" + id,
                "https://mastodon.example/users/" + acct.split("@")[0] + "/statuses/" + id,
                "<p>" + HtmlUtils.htmlEscape(server.handle()) + " hello from the demo</p>");
        counts(node, id, 0);
        node.set("account", stranger(server, accountId, acct));
        node.putArray("media_attachments");
        return node;
    }

    private ObjectNode statusBase(String id, Instant at, String inReplyTo, String visibility, String url, String uri,
            String content) {
        ObjectNode node = json.createObjectNode().put("id", id).put("created_at", TIME.format(at))
                .put("in_reply_to_id", inReplyTo).putNull("in_reply_to_account_id").put("sensitive", false)
                .put("spoiler_text", "").put("visibility", visibility).put("language", "en").put("uri", uri)
                .put("url", url).putNull("edited_at").put("content", content);
        node.putNull("reblog");
        node.putArray("mentions");
        node.putArray("tags");
        node.putArray("emojis");
        node.putNull("card");
        node.putNull("poll");
        return node;
    }

    /** A status's counts, from its id: the same on every read, so a post's first-day figures are stable. */
    private static void counts(ObjectNode status, String id, long ownReplies) {
        long seed = seed(id);
        status.put("replies_count", seed % 5 + ownReplies).put("reblogs_count", seed / 5 % 9)
                .put("favourites_count", 3 + seed / 45 % 38);
    }

    /** An uploaded medium; a video's {@code url} is null until "processed", which is at the first check. */
    ObjectNode media(MastodonStandInMemory.Upload upload) {
        String url = base(upload.account()) + "/system/media_attachments/files/" + upload.id() + "/original/"
                + upload.fileName();
        return json.createObjectNode().put("id", upload.id()).put("type", upload.type()).put("url", url)
                .put("preview_url", url).putNull("remote_url").put("description", upload.description())
                .putNull("blurhash");
    }

    ObjectNode relationship(MastodonStandInMemory.Relationship relationship) {
        return json.createObjectNode().put("id", relationship.accountId()).put("following", false)
                .put("showing_reblogs", false).put("notifying", false).put("followed_by", false)
                .put("blocking", relationship.blocking()).put("blocked_by", false)
                .put("muting", relationship.muting()).put("muting_notifications", relationship.muting())
                .put("requested", false).put("domain_blocking", false).put("endorsed", false).put("note", "");
    }

    /** Followers on a day: a few more each day since the account joined, with a small weekly wobble. */
    static long followers(LocalDate day) {
        long days = Math.max(0, ChronoUnit.DAYS.between(JOINED, day));
        return 1_240 + days * 3 + Math.floorMod(days * 7, 5);
    }

    /** Mastodon keeps a status's text as HTML: paragraphs for blank lines, breaks for new lines, text escaped. */
    static String html(String text) {
        StringBuilder content = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            content.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\R", "<br />"))
                    .append("</p>");
        }
        return content.toString();
    }

    /** A stable, non-negative number from an id (Mastodon's ids are numbers; anything else is hashed). */
    static long seed(String id) {
        if (id != null && id.matches("\\d{1,18}")) {
            return Long.parseLong(id);
        }
        return id == null ? 0 : Integer.toUnsignedLong(id.hashCode());
    }
}
