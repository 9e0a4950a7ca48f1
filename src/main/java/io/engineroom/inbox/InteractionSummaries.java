package io.engineroom.inbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.domain.Interaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Turns interaction rows into summaries, looking each channel up once per call. */
@Component
class InteractionSummaries {

    /** The columns a summary shows, nothing else (the text, not the classifier's scores nor the SOP's dates). */
    private static final String SUMMARY_COLUMNS = "select id, brand_id, channel_id, kind, author_handle, author_name,"
            + " text, occurred_at, sentiment, category, state, moderation, model_version, language from interaction";

    /**
     * How long a page's channel labels are kept on this node: a channel renamed shows its old label in the Inbox's
     * list for at most this long, while each read of the list saves a transaction of its own for the channel.
     */
    static final Duration CHANNELS_KEPT_FOR = Duration.ofSeconds(10);
    private static final int UNKNOWN_PLATFORM_MAX_LENGTH = 500;

    private final ChannelService channels;
    private final NamedParameterJdbcTemplate jdbc;
    private final Cache<Long, Optional<ChannelSummary>> recentChannels = Caffeine.newBuilder()
            .expireAfterWrite(CHANNELS_KEPT_FOR).maximumSize(10_000).build();

    InteractionSummaries(ChannelService channels, NamedParameterJdbcTemplate jdbc) {
        this.channels = channels;
        this.jdbc = jdbc;
    }

    /**
     * The summaries of these interactions by id (those that exist), read with one statement of the columns a summary
     * shows: for a screen's page, where loading each row as an entity, with every column and Hibernate's bookkeeping,
     * cost more than the page's own query (README, Performance: the Inbox during an intake burst). The channels are
     * those of the last {@link #CHANNELS_KEPT_FOR}.
     */
    Map<String, InteractionSummary> byId(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, InteractionSummary> byId = new HashMap<>();
        jdbc.query(SUMMARY_COLUMNS + " where id in (:ids)", Map.of("ids", ids), (RowCallbackHandler) row -> {
            InteractionSummary summary = summary(row, recentChannels.get(row.getLong("channel_id"), channels::find)
                    .orElse(null));
            byId.put(summary.id(), summary);
        });
        return byId;
    }

    private static InteractionSummary summary(ResultSet row, ChannelSummary channel) throws SQLException {
        long channelId = row.getLong("channel_id");
        Timestamp occurredAt = row.getTimestamp("occurred_at");
        return new InteractionSummary(row.getString("id"), row.getString("brand_id"), channelId,
                channelLabel(channelId, channel), maxReplyLength(channel),
                value(row.getString("kind"), InteractionKind::valueOf), row.getString("author_handle"),
                row.getString("author_name"), row.getString("text"),
                occurredAt == null ? null : occurredAt.toInstant(),
                value(row.getString("sentiment"), Sentiment::valueOf),
                value(row.getString("category"), Category::valueOf),
                value(row.getString("state"), InteractionState::valueOf),
                value(row.getString("moderation"), Moderation::valueOf), row.getString("model_version"),
                row.getString("language"));
    }

    /** A channel deleted since is named by its id. */
    private static String channelLabel(long channelId, ChannelSummary channel) {
        return channel == null ? "channel " + channelId : channel.label();
    }

    /** A reply's length limit: the channel's platform's, else a cautious one. */
    private static int maxReplyLength(ChannelSummary channel) {
        return channel == null ? UNKNOWN_PLATFORM_MAX_LENGTH : channel.platform().maxLength();
    }

    private static <T> T value(String name, Function<String, T> parse) {
        return name == null ? null : parse.apply(name);
    }

    /** A converter with its own channel cache, for one list of rows. */
    Converter converter() {
        Map<Long, Optional<ChannelSummary>> known = new HashMap<>();
        return interaction -> summary(interaction,
                known.computeIfAbsent(interaction.getChannelId(), channels::find).orElse(null));
    }

    @FunctionalInterface
    interface Converter {
        InteractionSummary of(Interaction interaction);
    }

    private static InteractionSummary summary(Interaction interaction, ChannelSummary channel) {
        return new InteractionSummary(interaction.getId(), interaction.getBrandId(), interaction.getChannelId(),
                channelLabel(interaction.getChannelId(), channel), maxReplyLength(channel), interaction.getKind(),
                interaction.getAuthorHandle(), interaction.getAuthorName(), interaction.getText(),
                interaction.getOccurredAt(), interaction.getSentiment(), interaction.getCategory(),
                interaction.getState(), interaction.getModeration(), interaction.getModelVersion(),
                interaction.getLanguage());
    }
}
