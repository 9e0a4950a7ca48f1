package io.engineroom.notification.webhook;

import io.engineroom.base.SecretBox;
import io.engineroom.base.TeamEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The table {@code webhook_subscription}, on the caller's transaction. Who may read or change which row is decided
 * by {@link WebhookSubscriptions}, never here. The secret is sealed at rest ({@link SecretBox}): sealed here on
 * the way in, opened only for the call it signs.
 */
@Repository
class WebhookStore {

    private static final String COLUMNS = "id, brand_id, url, event_types, active, created_by, created_at, "
            + "secret_rotated_at";

    private final JdbcTemplate jdbc;
    private final SecretBox box;

    WebhookStore(JdbcTemplate jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    long insert(String brandId, String url, String secret, Set<TeamEventType> types, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into webhook_subscription (brand_id, url, secret, event_types, active, created_by,
                        created_at) values (?, ?, ?, ?, true, ?, ?)""", new String[] {"id"});
            insert.setString(1, brandId);
            insert.setString(2, url);
            insert.setString(3, box.seal(secret));
            insert.setString(4, names(types));
            insert.setString(5, by);
            insert.setTimestamp(6, Timestamp.from(at));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    Optional<WebhookSubscription> find(long id) {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where id = ?", WebhookStore::row, id)
                .stream().findFirst();
    }

    List<WebhookSubscription> ofBrand(String brandId) {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where brand_id = ? order by id",
                WebhookStore::row, brandId);
    }

    /** The active subscriptions of these brands (every brand's, for an event shared by all: brandId null). */
    List<WebhookSubscription> active(String brandId) {
        return brandId == null
                ? jdbc.query("select " + COLUMNS + " from webhook_subscription where active order by id",
                        WebhookStore::row)
                : jdbc.query("select " + COLUMNS + " from webhook_subscription where brand_id = ? and active "
                        + "order by id", WebhookStore::row, brandId);
    }

    /** What a call is made with: the address and secret of an active subscription. */
    Optional<Target> target(long id) {
        return jdbc.query("select url, secret from webhook_subscription where id = ? and active",
                (rs, row) -> new Target(rs.getString(1), box.open(rs.getString(2))), id).stream().findFirst();
    }

    record Target(String url, String secret) {

        @Override
        public String toString() {
            return "Target[" + url + "]";
        }
    }

    void rotate(long id, String secret, Instant at) {
        jdbc.update("update webhook_subscription set secret = ?, secret_rotated_at = ? where id = ?", box.seal(secret),
                Timestamp.from(at), id);
    }

    void deactivate(long id, String by, Instant at) {
        jdbc.update("update webhook_subscription set active = false, deactivated_by = ?, deactivated_at = ? "
                + "where id = ? and active", by, Timestamp.from(at), id);
    }

    static String names(Collection<TeamEventType> types) {
        return types.stream().sorted().map(TeamEventType::wireName).collect(Collectors.joining(","));
    }

    private static WebhookSubscription row(ResultSet rs, int row) throws SQLException {
        Set<TeamEventType> types = EnumSet.noneOf(TeamEventType.class);
        Arrays.stream(rs.getString("event_types").split(",")).map(TeamEventType::fromWireName)
                .flatMap(Optional::stream).forEach(types::add);
        Timestamp rotated = rs.getTimestamp("secret_rotated_at");
        return new WebhookSubscription(rs.getLong("id"), rs.getString("brand_id"), rs.getString("url"), types,
                rs.getBoolean("active"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rotated == null ? null : rotated.toInstant());
    }
}
