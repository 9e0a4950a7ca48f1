package io.engineroom.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.content.AssetSummary;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The asset table on H2, the embedded default database (the integration tests cover PostgreSQL): the migration
 * applies, Hibernate's validation accepts the bytea column for the byte array, and the bytes come back whole.
 */
@DataJpaTest
class ContentAssetH2Test {

    @Autowired
    ContentAssetRepository assets;
    @Autowired
    ContentItemRepository items;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bytesAreStoredAndReadBackWholeAndSummariesLeaveThemOut() {
        jdbc.update("insert into brand (id, name, created_at) values ('h2brand', 'H2 Brand', current_timestamp)");
        long item = items.saveAndFlush(new ContentItem("h2brand", "On H2", "tester", Instant.now())).getId();
        byte[] data = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(data);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);

        long id = assets.saveAndFlush(new ContentAsset(item, "big.png", "image/png", data, "ab".repeat(32), null,
                "tester", at)).getId();
        entityManager.clear();

        assertThat(assets.findById(id).orElseThrow().getData()).isEqualTo(data);
        assertThat(assets.summariesOf(item)).containsExactly(new AssetSummary(id, item, "big.png", "image/png",
                data.length, "ab".repeat(32), null, "tester", at));
        assertThat(assets.sameFile(item, "ab".repeat(32))).isPresent();
        assertThat(assets.lockItem(item)).isPresent();
        assertThat(assets.deleteWithoutLoading(id)).isEqualTo(1);
        assertThat(assets.countByContentItemId(item)).isZero();
    }
}
