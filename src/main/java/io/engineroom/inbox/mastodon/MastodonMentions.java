package io.engineroom.inbox.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports the mentions of a Mastodon channel's account as interactions: reads
 * {@code GET /api/v1/notifications?types[]=mention} with the channel's access token, forward from the last
 * notification read ({@code min_id}: the page right after it, so a burst of more than one page between two polls
 * is read page by page instead of only its newest page, as {@code since_id} would), and hands each page to
 * {@link InteractionIntake#accept}. The cursor moves only after a page is stored; a page read twice (a crash in
 * between, two nodes polling) finds its interactions again instead of doubling them.
 */
@Component
public class MastodonMentions {

    static final int PAGE_SIZE = 40;
    /** Pages read per channel and poll: a long backlog is worked off over several polls. */
    static final int MAX_PAGES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(MastodonMentions.class);

    private final ChannelService channels;
    private final BrandService brands;
    private final InteractionIntake intake;
    private final MastodonCursorRepository cursors;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    private final OutboundAddresses addresses;

    MastodonMentions(ChannelService channels, BrandService brands, InteractionIntake intake,
            MastodonCursorRepository cursors, ObjectMapper json, OutboundAddresses addresses, Clock clock) {
        this.addresses = addresses;
        this.channels = channels;
        this.brands = brands;
        this.intake = intake;
        this.cursors = cursors;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Polls every active brand's channels connected through the Mastodon API (an archived brand takes no new
     * interactions); one channel's trouble does not stop the others.
     */
    public void pollAll() {
        for (BrandSummary brand : brands.active()) {
            for (ChannelSummary channel : channels.of(brand.id())) {
                if (channel.connector() == Connector.MASTODON && channel.enabled()) {
                    try {
                        poll(channel.id());
                    } catch (RuntimeException e) {
                        LOG.warn("Mentions of {} not imported: {}", channel.label(), e.toString());
                    }
                }
            }
        }
    }

    /** Imports the channel's new mentions; the number of new interactions. */
    public int poll(long channelId) {
        ChannelConnection channel = channels.connection(channelId).orElse(null);
        if (channel == null || channel.connector() != Connector.MASTODON || !channel.enabled()) {
            return 0;
        }
        int created = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            String lastId = cursors.findById(channelId).map(MastodonCursor::getLastId).orElse(null);
            JsonNode notifications = read(channel, lastId);
            if (notifications == null || !notifications.isArray() || notifications.isEmpty()) {
                return created;
            }
            List<IncomingInteraction> mentions = new ArrayList<>();
            String newest = lastId;
            for (JsonNode notification : notifications) {
                String id = notification.path("id").asText(null);
                newest = newer(newest, id);
                IncomingInteraction mention = mention(notification);
                if (mention == null) {
                    continue;
                }
                var problems = mention.problems("");
                if (problems.isEmpty()) {
                    mentions.add(mention);
                } else {
                    LOG.warn("Mastodon notification {} on {} skipped: {}", id, channel, problems);
                }
            }
            if (!mentions.isEmpty()) {
                created += (int) intake.accept(channelId, mentions).created();
            }
            if (newest == null || newest.equals(lastId)) {
                return created;
            }
            remember(channelId, newest);
            if (lastId == null) {
                return created; // a first poll takes the newest page only, not the account's whole history
            }
        }
        return created;
    }

    private JsonNode read(ChannelConnection channel, String lastId) {
        String query = "types%5B%5D=mention&limit=" + PAGE_SIZE
                + (lastId == null ? "" : "&min_id=" + URLEncoder.encode(lastId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(channel.baseUrl() + "/api/v1/notifications?" + query))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + channel.accessToken())
                .header("Accept", "application/json").GET().build();
        var refused = addresses.refusal(request.uri());
        if (refused.isPresent()) {
            LOG.warn("Mentions of {} not read: {}", channel, refused.get());
            return null;
        }
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                LOG.warn("Mentions of {} not read: Mastodon answered HTTP {}", channel, answer.statusCode());
                return null;
            }
            return json.readTree(answer.body());
        } catch (IOException e) {
            LOG.warn("Mentions of {} not read: {}", channel, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The notification as an interaction, or null when it is not a mention of a status. */
    static IncomingInteraction mention(JsonNode notification) {
        JsonNode status = notification.path("status");
        if (!"mention".equals(notification.path("type").asText()) || !status.isObject()) {
            return null;
        }
        JsonNode account = status.path("account").isObject() ? status.path("account") : notification.path("account");
        String text = IncomingInteraction.clean(HtmlText.toPlain(status.path("content").asText("")));
        if (text.isBlank()) {
            text = status.path("media_attachments").isEmpty() ? "(no text)" : "(media without text)";
        }
        String displayName = IncomingInteraction.clean(account.path("display_name").asText(""));
        // a direct-visibility mention is Mastodon's private message: answering it publicly would expose the sender
        InteractionKind kind = "direct".equals(status.path("visibility").asText()) ? InteractionKind.DIRECT_MESSAGE
                : InteractionKind.MENTION;
        return new IncomingInteraction(status.path("id").asText(null), kind,
                account.hasNonNull("acct") ? "@" + account.path("acct").asText() : null,
                displayName.isBlank() ? null : IncomingInteraction.shorten(displayName, IncomingInteraction.MAX_NAME),
                IncomingInteraction.shorten(text, IncomingInteraction.MAX_TEXT), status.path("in_reply_to_id").asText(null),
                instant(status.path("created_at").asText(null)), null);
    }

    private static java.time.Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Mastodon ids are growing numbers as strings; the larger of the two. */
    static String newer(String a, String b) {
        if (a == null || !a.matches("\\d{1,30}")) {
            return b != null && b.matches("\\d{1,30}") ? b : a;
        }
        if (b == null || !b.matches("\\d{1,30}")) {
            return a;
        }
        return new BigInteger(b).compareTo(new BigInteger(a)) > 0 ? b : a;
    }

    private void remember(long channelId, String lastId) {
        MastodonCursor cursor = cursors.findById(channelId).orElse(null);
        if (cursor == null) {
            cursor = new MastodonCursor(channelId, lastId, clock.instant());
        } else {
            cursor.advance(lastId, clock.instant());
        }
        cursors.save(cursor);
    }
}
