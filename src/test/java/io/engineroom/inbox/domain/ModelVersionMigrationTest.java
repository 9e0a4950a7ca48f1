package io.engineroom.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V43 on interactions stored before it: classified_by held the model's name until a person's correction replaced
 * it with their id, so an interaction without a correction keeps its model as model_version, a corrected one has
 * none to keep.
 */
class ModelVersionMigrationTest {

    @Test
    void anUncorrectedInteractionKeepsItsModelAndACorrectedOneHasNone() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:model-version;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Flyway.configure().dataSource(database).target("41").load().migrate();
        // brands and channels are not this test's concern
        jdbc.execute("set referential_integrity false");
        insert(jdbc, "as-classified", "lexicon-v1+nb-v1");
        insert(jdbc, "corrected", "community-manager");
        jdbc.update("insert into classification_correction (interaction_id, field, from_value, to_value, "
                + "corrected_by, corrected_at) values ('corrected', 'category', 'QUESTION', 'LEAD', "
                + "'community-manager', current_timestamp)");

        Flyway.configure().dataSource(database).target("43").load().migrate();

        assertThat(modelVersion(jdbc, "as-classified")).isEqualTo("lexicon-v1+nb-v1");
        assertThat(modelVersion(jdbc, "corrected")).as("a person's id is no model").isNull();
    }

    private static String modelVersion(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("select model_version from interaction where id = ?", String.class, id);
    }

    private static void insert(JdbcTemplate jdbc, String id, String classifiedBy) {
        jdbc.update("insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text, "
                + "priority, occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence, category, "
                + "category_confidence, classified_by, state) values (?, 'b', 1, ?, 'COMMENT', '@a', 'Hello?', "
                + "'NORMAL', current_timestamp, current_timestamp, 'NEUTRAL', 0, 0.5, 'QUESTION', 0.5, ?, 'OPEN')",
                id, id, classifiedBy);
    }
}
