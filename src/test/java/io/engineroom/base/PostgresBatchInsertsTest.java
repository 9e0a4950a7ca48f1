package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@EngineRoomIntegrationTest
class PostgresBatchInsertsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onPostgresqlABatchOfInsertsReachesTheDatabaseAsOneStatement() {
        String table = "batch_probe_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("create temporary table " + table + " (id int)");
        try {
            int[] counts = jdbc.batchUpdate("insert into " + table + " (id) values (?)",
                    List.of(new Object[] {1}, new Object[] {2}, new Object[] {3}, new Object[] {4}));
            // rewritten (the driver joins rows in blocks of a power of two), each row reports "done, not counted";
            // one insert per row would report 1 each
            assertThat(counts).containsOnly(java.sql.Statement.SUCCESS_NO_INFO);
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).isEqualTo(4);
        } finally {
            jdbc.execute("drop table " + table);
        }
    }

    @Test
    void otherDatabasesAndAnOperatorsOwnSettingAreLeftAsTheyAre() {
        try (HikariDataSource h2 = new HikariDataSource(); HikariDataSource chosen = new HikariDataSource();
                HikariDataSource inUrl = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:mem:probe");
            PostgresBatchInserts.apply(h2);
            assertThat(h2.getDataSourceProperties()).isEmpty();

            chosen.setJdbcUrl("jdbc:postgresql://db.example/engineroom");
            chosen.addDataSourceProperty(PostgresBatchInserts.PROPERTY, "false");
            PostgresBatchInserts.apply(chosen);
            assertThat(chosen.getDataSourceProperties()).containsEntry(PostgresBatchInserts.PROPERTY, "false");

            inUrl.setJdbcUrl("jdbc:postgresql://db.example/engineroom?reWriteBatchedInserts=false");
            PostgresBatchInserts.apply(inUrl);
            assertThat(inUrl.getDataSourceProperties()).isEmpty();
        }
        assertThat(((HikariDataSource) dataSource).getDataSourceProperties())
                .as("the application's own pool, on PostgreSQL").containsEntry(PostgresBatchInserts.PROPERTY, "true");
    }
}
