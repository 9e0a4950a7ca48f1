package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.SimilarInteractions;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.domain.InteractionEmbeddingStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * "Answered before" over a brand's full candidate set ({@value SimilarInteractions#MAX_CANDIDATES} answered
 * interactions, random unit embeddings plus three near the question) on embedded PostgreSQL and on H2 in memory:
 * reading the candidates' embeddings, ranking them in Java, and both, after warm-up. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=AnsweredBeforeBenchmark}. Nothing of the model runs here: the question's
 * embedding is stored, as the intake stores it with the interaction.
 */
@Tag("benchmark")
class AnsweredBeforeBenchmark {

    private static final int CANDIDATES = SimilarInteractions.MAX_CANDIDATES;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;
    private static final String BRAND = "bench-answered";

    @Test
    void onPostgreSql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            measure("PostgreSQL", postgres.getPostgresDatabase());
        }
    }

    @Test
    void onH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:answered-before;DB_CLOSE_DELAY=-1");
        measure("H2", h2);
    }

    private static void measure(String database, DataSource dataSource) throws java.sql.SQLException {
        schema(dataSource);
        // one connection kept open, as the application's pool keeps them: statements get prepared on the server
        SingleConnectionDataSource connection = new SingleConnectionDataSource(dataSource.getConnection(), true);
        JdbcTemplate jdbc = new JdbcTemplate(connection);
        float[] question = seed(jdbc);
        InteractionEmbeddingStore store = new InteractionEmbeddingStore(jdbc, Clock.systemUTC());
        Latencies read = new Latencies("read " + CANDIDATES + " candidates", RUNS);
        Latencies rank = new Latencies("rank them in Java", RUNS);
        Latencies both = new Latencies("read and rank", RUNS);
        for (int i = 0; i < WARM_UP; i++) {
            search(store, question);
        }
        List<SimilarInteractions.Match> best = List.of();
        for (int i = 0; i < RUNS; i++) {
            List<InteractionEmbeddingStore.Candidate> candidates = read.time(() -> store.answered(BRAND, "asking",
                    "@asker", CANDIDATES));
            assertThat(candidates).hasSize(CANDIDATES);
            best = rank.time(() -> SimilarInteractions.nearest(question, candidates, SimilarInteractions.SHOWN,
                    SimilarInteractions.MIN_SIMILARITY));
        }
        for (int i = 0; i < RUNS; i++) {
            assertThat(both.time(() -> search(store, question))).isEqualTo(best);
        }
        System.out.printf(Locale.ROOT, "%n=== Answered before on %s: %,d candidates, %d runs after %d warm-up;"
                + " %d cores, load average %.1f ===%n%s%n%s%n%s%n%s%n", database, CANDIDATES, RUNS, WARM_UP,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Latencies.header(26),
                read.row(26), rank.row(26), both.row(26));
        connection.destroy();
        assertThat(best).extracting(SimilarInteractions.Match::interactionId)
                .containsExactly("near-0", "near-1", "near-2");
    }

    private static List<SimilarInteractions.Match> search(InteractionEmbeddingStore store, float[] question) {
        return SimilarInteractions.nearest(question, store.answered(BRAND, "asking", "@asker", CANDIDATES),
                SimilarInteractions.SHOWN, SimilarInteractions.MIN_SIMILARITY);
    }

    /** A brand with {@value #CANDIDATES} answered interactions and their embeddings; the question's embedding. */
    private static float[] seed(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T12:00:00Z"));
        jdbc.update("insert into brand (id, name, created_at) values (?, 'Bench', ?)", BRAND, now);
        jdbc.update("insert into channel (brand_id, platform, handle, connector, created_at)"
                + " values (?, 'MASTODON', '@bench', 'MASTODON', ?)", BRAND, now);
        long channel = jdbc.queryForObject("select id from channel where brand_id = ?", Long.class, BRAND);
        Random random = new Random(45);
        float[] question = unit(random);
        List<Object[]> interactions = new ArrayList<>();
        List<Object[]> replies = new ArrayList<>();
        List<Object[]> embeddings = new ArrayList<>();
        for (int i = 0; i <= CANDIDATES; i++) {
            String id = i == CANDIDATES ? "asking" : i < 3 ? "near-" + i : "past-" + i;
            Timestamp at = Timestamp.from(now.toInstant().minusSeconds(60L * (CANDIDATES - i)));
            interactions.add(new Object[] {id, BRAND, channel, "x-" + i, i == CANDIDATES ? "@asker" : "@a" + i,
                    "Question " + i, at, at});
            float[] embedding = id.equals("asking") ? question : i < 3 ? near(question, random, 0.1f * (i + 1))
                    : unit(random);
            embeddings.add(new Object[] {id, BRAND, SentenceEmbeddings.MODEL,
                    InteractionEmbeddingStore.bytes(embedding), now});
            if (i < CANDIDATES) {
                replies.add(new Object[] {id, "reply-" + id, "Answer " + i, "cm", at, at});
            }
        }
        jdbc.batchUpdate("insert into interaction (id, brand_id, channel_id, external_id, kind, author_handle, text,"
                + " priority, occurred_at, received_at, sentiment, sentiment_score, sentiment_confidence, category,"
                + " category_confidence, classified_by, state) values (?, ?, ?, ?, 'COMMENT', ?, ?, 'NORMAL', ?, ?,"
                + " 'NEUTRAL', 0, 0.5, 'QUESTION', 0.5, 'bench', 'OPEN')", interactions);
        jdbc.batchUpdate("insert into interaction_reply (interaction_id, idempotency_key, text, sent_by, started_at,"
                + " finished_at, outcome) values (?, ?, ?, ?, ?, ?, 'SENT')", replies);
        jdbc.batchUpdate("insert into interaction_embedding (interaction_id, brand_id, model, embedding, created_at)"
                + " values (?, ?, ?, ?, ?)", embeddings);
        jdbc.execute("analyze");
        return question;
    }

    private static float[] unit(Random random) {
        float[] vector = new float[SentenceEmbeddings.DIMENSIONS];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return normalised(vector);
    }

    /** The question moved a little: the smaller {@code noise}, the nearer. */
    private static float[] near(float[] question, Random random, float noise) {
        float[] vector = new float[question.length];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = question[i] + noise * (float) random.nextGaussian() / (float) Math.sqrt(vector.length);
        }
        return normalised(vector);
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    /** Camunda's tables first (later migrations may refer to them), then Engine Room's migrations, as at start-up. */
    private static void schema(DataSource database) {
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration().setDataSource(database)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setJobExecutorActivate(false).buildProcessEngine().close();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").baselineOnMigrate(true)
                .baselineVersion("0").load().migrate();
    }
}
