package io.engineroom.notification.chat;

import io.engineroom.base.SecretBox;
import io.engineroom.base.TeamEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code chat_target} table, on the caller's transaction. Topics are stored as wire names; the webhook address,
 * the chat's secret, is sealed at rest ({@link SecretBox}).
 */
@Repository
class ChatTargetStore {

    private static final String COLUMNS = "id, brand_id, platform, name, webhook_url, topics, active";

    private final JdbcTemplate jdbc;
    private final SecretBox box;

    ChatTargetStore(JdbcTemplate jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    long insert(String brandId, ChatPlatform platform, String name, String webhookUrl, Set<TeamEventType> topics,
            boolean active, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into chat_target (brand_id, platform, name, webhook_url, topics, active, created_at,
                        updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, brandId);
            insert.setString(2, platform.name());
            insert.setString(3, name);
            insert.setString(4, box.seal(webhookUrl));
            insert.setString(5, wireNames(topics));
            insert.setBoolean(6, active);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setTimestamp(8, Timestamp.from(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    void update(long id, ChatPlatform platform, String name, String webhookUrl, Set<TeamEventType> topics,
            boolean active, Instant now) {
        jdbc.update("""
                update chat_target set platform = ?, name = ?, webhook_url = ?, topics = ?, active = ?, updated_at = ?
                where id = ?""", platform.name(), name, box.seal(webhookUrl), wireNames(topics), active,
                Timestamp.from(now), id);
    }

    void deactivate(long id, Instant now) {
        jdbc.update("update chat_target set active = false, updated_at = ? where id = ?", Timestamp.from(now), id);
    }

    Optional<StoredTarget> find(long id) {
        return jdbc.query("select " + COLUMNS + " from chat_target where id = ?", this::row, id).stream()
                .findFirst();
    }

    List<StoredTarget> ofBrand(String brandId) {
        return jdbc.query("select " + COLUMNS + " from chat_target where brand_id = ? order by lower(name), id",
                this::row, brandId);
    }

    /**
     * The active targets that hear about this type of event: the brand's, or every brand's for an event shared by
     * all brands (a shared SOP changed).
     */
    List<StoredTarget> listening(String brandId, TeamEventType type) {
        List<StoredTarget> active = brandId == null
                ? jdbc.query("select " + COLUMNS + " from chat_target where active", this::row)
                : jdbc.query("select " + COLUMNS + " from chat_target where brand_id = ? and active",
                        this::row, brandId);
        return active.stream().filter(target -> target.topics().contains(type))
                .sorted(Comparator.comparingLong(StoredTarget::id)).toList();
    }

    static String wireNames(Collection<TeamEventType> topics) {
        return topics.stream().sorted().map(TeamEventType::wireName).collect(Collectors.joining(","));
    }

    static Set<TeamEventType> topics(String wireNames) {
        Set<TeamEventType> topics = EnumSet.noneOf(TeamEventType.class);
        Arrays.stream(wireNames.split(",")).map(String::strip).map(TeamEventType::fromWireName)
                .flatMap(Optional::stream).forEach(topics::add);
        return topics;
    }

    private StoredTarget row(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredTarget(rs.getLong("id"), rs.getString("brand_id"),
                ChatPlatform.valueOf(rs.getString("platform")), rs.getString("name"),
                box.open(rs.getString("webhook_url")),
                topics(rs.getString("topics")), rs.getBoolean("active"));
    }
}
