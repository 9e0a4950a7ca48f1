package io.engineroom.inbox.domain;

import io.engineroom.inbox.ReplyOutcome;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code interaction_embedding} table: each interaction's embedding by the current {@link SentenceEmbeddings}
 * model, as little-endian float32 bytes (the same on PostgreSQL and H2). The intake {@link #add adds} a new
 * interaction's row in its own transaction, with the embedding the classifier computed anyway; {@link #store}
 * fills in rows that are missing or of another model, each statement on its own.
 */
@Component
public class InteractionEmbeddingStore {

    /** One answered interaction of the brand, to be compared. */
    public record Candidate(String interactionId, float[] embedding) {
    }

    /** An interaction that has no embedding by the current model yet. */
    public record Unembedded(String interactionId, String brandId, String text) {
    }

    private static final String ANSWERED = "exists (select 1 from interaction_reply r where r.interaction_id = i.id"
            + " and r.outcome = '" + ReplyOutcome.SENT.name() + "')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public InteractionEmbeddingStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<float[]> find(String interactionId) {
        return jdbc.query("select embedding from interaction_embedding where interaction_id = ? and model = ?",
                (rs, row) -> floats(rs.getBytes(1)), interactionId, SentenceEmbeddings.MODEL).stream().findFirst();
    }

    /**
     * The embedding of an interaction being taken in, in the caller's transaction (the intake's, which has just
     * inserted the interaction, so no row can exist yet): a plain insert, and a failure fails the intake rather than
     * leave an interaction without its embedding.
     */
    public void add(String interactionId, String brandId, float[] embedding) {
        jdbc.update("insert into interaction_embedding (interaction_id, brand_id, model, embedding, created_at)"
                + " values (?, ?, ?, ?, ?)", interactionId, brandId, SentenceEmbeddings.MODEL, bytes(embedding),
                Timestamp.from(clock.instant()));
    }

    /**
     * Keeps the interaction's embedding, replacing one of another model. Another node storing the same row at the
     * same moment is no error: both computed the same thing.
     */
    public void store(String interactionId, String brandId, float[] embedding) {
        Timestamp now = Timestamp.from(clock.instant());
        byte[] bytes = bytes(embedding);
        int updated = jdbc.update("update interaction_embedding set model = ?, embedding = ?, created_at = ?"
                + " where interaction_id = ?", SentenceEmbeddings.MODEL, bytes, now, interactionId);
        if (updated == 0) {
            try {
                jdbc.update("insert into interaction_embedding (interaction_id, brand_id, model, embedding,"
                        + " created_at) values (?, ?, ?, ?, ?)", interactionId, brandId, SentenceEmbeddings.MODEL,
                        bytes, now);
            } catch (DataIntegrityViolationException storedMeanwhile) {
                // the other writer's row is as good as ours
            }
        }
    }

    /**
     * The brand's most recent interactions that got a reply out, with their embeddings, leaving out one interaction
     * and everything one author wrote (its thread): newest first, at most {@code limit}.
     */
    public List<Candidate> answered(String brandId, String exceptInteraction, String exceptAuthor, int limit) {
        return jdbc.query("select i.id, e.embedding from interaction i"
                + " join interaction_embedding e on e.interaction_id = i.id and e.brand_id = i.brand_id"
                + " where i.brand_id = ? and e.model = ? and i.id <> ? and i.author_handle <> ? and " + ANSWERED
                + " order by i.received_at desc limit ?",
                (rs, row) -> new Candidate(rs.getString(1), floats(rs.getBytes(2))),
                brandId, SentenceEmbeddings.MODEL, exceptInteraction, exceptAuthor, limit);
    }

    /** Answered interactions (of any brand) that the search could find but that lack an embedding, newest first. */
    public List<Unembedded> answeredWithout(int limit) {
        return jdbc.query("select i.id, i.brand_id, i.text from interaction i where " + ANSWERED
                + " and not exists (select 1 from interaction_embedding e where e.interaction_id = i.id"
                + " and e.model = ?) order by i.received_at desc limit ?",
                (rs, row) -> new Unembedded(rs.getString(1), rs.getString(2), rs.getString(3)),
                SentenceEmbeddings.MODEL, limit);
    }

    public static byte[] bytes(float[] embedding) {
        ByteBuffer buffer = ByteBuffer.allocate(embedding.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(embedding);
        return buffer.array();
    }

    public static float[] floats(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalStateException("An embedding of " + bytes.length + " bytes is no whole number of floats");
        }
        float[] embedding = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(embedding);
        return embedding;
    }
}
