package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.base.CacheStamps;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A brand's history retention is kept in memory for a minute, yet a change another node of the cluster made reaches
 * this node within the stamps' check interval: here "another node" is a direct update of the table with the stamp
 * moved, as that node's {@code BrandService} does in its transaction; this node's clock does not move.
 */
@EngineRoomIntegrationTest
class BrandRetentionAcrossNodesTest {

    @Autowired
    BrandService brands;
    @Autowired
    BrandRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CacheStamps stamps;

    @Test
    void aRetentionChangedOnAnotherNodeIsReadHereWithinTheCheckInterval() throws InterruptedException {
        String brand = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Retention Across Nodes", false));
        AsAdmin.run(() -> brands.setHistoryRetentionDays(brand, 30));
        stamps.check(); // this node's own change moved the stamp too: taken in now, not in the middle of the test
        assertThat(retention.days(brand)).contains(30);

        jdbc.update("update brand set history_retention_days = 90 where id = ?", brand);
        assertThat(retention.days(brand)).as("kept in memory: without the stamp, for a minute").contains(30);
        jdbc.update("update cache_stamp set version = version + 1 where name = ?", BrandRetention.CACHE);

        // the documented bound: one check interval plus one check (2 s allowed for it on a loaded machine)
        long deadline = System.nanoTime() + CacheStamps.CHECK_EVERY.plusSeconds(2).toNanos();
        Optional<Integer> seen = retention.days(brand);
        while (!seen.equals(Optional.of(90)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = retention.days(brand);
        }
        assertThat(seen).contains(90);
    }
}
