package io.engineroom.base.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.base.SealedColumns;
import io.engineroom.base.SecretBox;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Sealing again at start-up, on an in-memory H2 table: plain text and older-key values are sealed with the current
 * key, the rest is left alone, a second run does nothing, and a value that does not open is counted, not lost.
 */
class SecretResealingTest {

    static final SecretBox.Key OLD = SecretBox.Key.parse("old:" + Base64.getEncoder().encodeToString(new byte[32]),
            "old");
    static final SecretBox.Key NEW = SecretBox.Key.parse("new:"
            + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()), "new");
    static final SecretBox.Key LOST = SecretBox.Key.parse("lost:"
            + Base64.getEncoder().encodeToString("lost-lost-lost-lost-lost-lost-12".getBytes()), "lost");

    SecretBox box = new SecretBox(NEW, List.of(OLD));
    JdbcTemplate jdbc;
    SecretResealing resealing;

    @BeforeEach
    void aTableWithSecretsOfEveryKind() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table account (id bigint primary key, token varchar(2000), other varchar(2000))");
        jdbc.update("insert into account values (1, 'plain-token', null)");
        jdbc.update("insert into account values (2, ?, ?)", new SecretBox(OLD, List.of()).seal("old-token"),
                box.seal("current"));
        jdbc.update("insert into account values (3, ?, 'plain-other')", new SecretBox(LOST, List.of()).seal("lost"));
        jdbc.update("insert into account values (4, null, null)");
        resealing = new SecretResealing(box, List.of(new SealedColumns("account", "id", "token", "other")), jdbc,
                new DataSourceTransactionManager(dataSource));
    }

    @Test
    void plainAndOlderKeyValuesAreSealedWithTheCurrentKeyAndStillOpenToTheSameSecret() {
        String current = stored(2, "other");

        assertThat(resealing.resealAll()).containsExactly(new SecretResealing.Count("account", 2, 1, 1));

        assertThat(stored(1, "token")).startsWith("enc:new:");
        assertThat(box.open(stored(1, "token"))).isEqualTo("plain-token");
        assertThat(stored(2, "token")).startsWith("enc:new:");
        assertThat(box.open(stored(2, "token"))).isEqualTo("old-token");
        assertThat(stored(2, "other")).as("already under the current key: untouched").isEqualTo(current);
        assertThat(stored(3, "token")).as("its key is missing: kept for when it is configured").startsWith("enc:lost:");
        assertThat(box.open(stored(3, "other"))).isEqualTo("plain-other");
        assertThat(stored(4, "token")).isNull();
    }

    @Test
    void aSecondRunFindsNothingToDo() {
        resealing.resealAll();
        String first = stored(1, "token");

        assertThat(resealing.resealAll()).containsExactly(new SecretResealing.Count("account", 0, 0, 1));
        assertThat(stored(1, "token")).isEqualTo(first);
    }

    @Test
    void aSecretChangedBetweenTheReadAndTheWriteIsNotOverwrittenWithTheOldOne() {
        var dataSource = jdbc.getDataSource();
        JdbcTemplate changedMeanwhile = new JdbcTemplate(dataSource) {
            @Override
            public <T> List<T> query(String sql, org.springframework.jdbc.core.RowMapper<T> mapper) {
                List<T> rows = super.query(sql, mapper);
                update("update account set token = ? where id = 1", box.seal("new-token-set-by-a-person"));
                return rows;
            }
        };
        SecretResealing racing = new SecretResealing(box, List.of(new SealedColumns("account", "id", "token")),
                changedMeanwhile, new DataSourceTransactionManager(dataSource));

        assertThat(racing.resealAll()).containsExactly(new SecretResealing.Count("account", 0, 1, 1));
        assertThat(box.open(stored(1, "token"))).isEqualTo("new-token-set-by-a-person");
    }

    String stored(long id, String column) {
        return jdbc.queryForObject("select " + column + " from account where id = ?", String.class, id);
    }
}
