package io.engineroom.inbox.domain;

import io.engineroom.base.CacheStamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code classifier_training} and {@code classifier_activation} tables: retrained heads with their figures, and
 * which version classifies new interactions. Rows are only ever added. An activation moves the
 * {@value #ACTIVE_HEADS} cache stamp with it ({@link CacheStamps}), so every node of a cluster loads the heads it
 * names within seconds.
 */
@Component
public class ClassifierTrainingStore {

    /** One training as kept; {@code figuresJson} is a JSON list of measures, read by the module's API. */
    public record Row(long id, String version, Instant trainedAt, String trainedBy, String previousModel,
            int shippedSentiment, int shippedCategory, int correctedSentiment, int correctedCategory,
            int heldOutSentiment, int heldOutCategory, String figuresJson, String evaluationNote, boolean activated,
            String outcome) {
    }

    /** The latest activation. */
    public record Activation(String version, Instant activatedAt, String activatedBy, String reason) {
    }

    private static final String COLUMNS = "id, version, trained_at, trained_by, previous_model, shipped_sentiment,"
            + " shipped_category, corrected_sentiment, corrected_category, held_out_sentiment, held_out_category,"
            + " figures_json, evaluation_note, activated, outcome";

    /** The cache stamp of the heads each node holds in memory. */
    public static final String ACTIVE_HEADS = "classifier-heads";

    private final JdbcTemplate jdbc;
    private final CacheStamps stamps;

    public ClassifierTrainingStore(JdbcTemplate jdbc, CacheStamps stamps) {
        this.jdbc = jdbc;
        this.stamps = stamps;
    }

    /** The next free version number: one more than the trainings so far (a clash is refused by the unique key). */
    public long nextNumber() {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from classifier_training", Long.class);
        return (max == null ? 0 : max) + 1;
    }

    /** Keeps a training; {@code row.id()} is ignored (the database numbers it). */
    public void insert(Row row, String headsJson) {
        jdbc.update("insert into classifier_training (version, heads_json, trained_at, trained_by, previous_model,"
                + " shipped_sentiment, shipped_category, corrected_sentiment, corrected_category, held_out_sentiment,"
                + " held_out_category, figures_json, evaluation_note, activated, outcome)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.version(), headsJson,
                Timestamp.from(row.trainedAt()), row.trainedBy(), row.previousModel(), row.shippedSentiment(),
                row.shippedCategory(), row.correctedSentiment(), row.correctedCategory(), row.heldOutSentiment(),
                row.heldOutCategory(), row.figuresJson(), row.evaluationNote(), row.activated(), row.outcome());
    }

    /** The latest trainings first, at most {@code limit}. */
    public List<Row> latest(int limit) {
        return jdbc.query("select " + COLUMNS + " from classifier_training order by id desc limit ?", this::row,
                limit);
    }

    public Optional<String> headsJson(String version) {
        return jdbc.queryForList("select heads_json from classifier_training where version = ?", String.class,
                version).stream().findFirst();
    }

    public void activate(String version, Instant at, String by, String reason) {
        jdbc.update("insert into classifier_activation (version, activated_at, activated_by, reason)"
                + " values (?, ?, ?, ?)", version, Timestamp.from(at), by, reason);
        stamps.changed(ACTIVE_HEADS);
    }

    public Optional<Activation> activation() {
        return jdbc.query("select version, activated_at, activated_by, reason from classifier_activation"
                + " order by id desc limit 1", (rs, n) -> new Activation(rs.getString(1),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4))).stream().findFirst();
    }

    private Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("version"), rs.getTimestamp("trained_at").toInstant(),
                rs.getString("trained_by"), rs.getString("previous_model"), rs.getInt("shipped_sentiment"),
                rs.getInt("shipped_category"), rs.getInt("corrected_sentiment"), rs.getInt("corrected_category"),
                rs.getInt("held_out_sentiment"), rs.getInt("held_out_category"), rs.getString("figures_json"),
                rs.getString("evaluation_note"), rs.getBoolean("activated"), rs.getString("outcome"));
    }
}
