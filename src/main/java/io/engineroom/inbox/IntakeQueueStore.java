package io.engineroom.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code intake_queue} table (V56). Claims lock the rows they return until the claiming transaction ends and
 * skip rows another transaction holds, so workers on any number of nodes share the queue without waiting for each
 * other, and a node that dies mid-work gives its rows back with its connection. (H2, the embedded default, locks
 * every row a claim reads, not only those it returns: there one worker works at a time, which one node can afford.)
 */
@Repository
class IntakeQueueStore {

    /** Set aside after this many failed attempts: one row that always fails must not hold the rest up. */
    static final int MAX_ATTEMPTS = 3;

    private static final String COLUMNS = "interaction_id, brand_id, channel_id, external_id, kind, author_handle,"
            + " author_name, text, in_reply_to, priority, occurred_at, received_at";

    private static final String SET_ASIDE_COLUMNS = "interaction_id, brand_id, channel_id, external_id,"
            + " author_handle, text, received_at, parked_at, attempts, last_error, classified_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    IntakeQueueStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Of these external ids of a channel, the ones delivered before (queued or stored), with their interaction ids. */
    Map<String, String> known(long channelId, Collection<String> externalIds) {
        Map<String, String> known = new HashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("channel", channelId).addValue("ids", externalIds);
        // the queue first: a row leaves it for the interaction table in one transaction, so read in this order a
        // delivered interaction is always found in one of the two
        for (String table : List.of("intake_queue", "interaction")) {
            String id = table.equals("interaction") ? "id" : "interaction_id";
            named.query("select external_id, " + id + " from " + table
                    + " where channel_id = :channel and external_id in (:ids)", parameters,
                    (RowCallbackHandler) row -> known.putIfAbsent(row.getString(1), row.getString(2)));
        }
        return known;
    }

    void add(List<QueuedInteraction> queued) {
        jdbc.batchUpdate("insert into intake_queue (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                queued, queued.size(), (statement, one) -> {
                    IncomingInteraction in = one.incoming();
                    statement.setString(1, one.interactionId());
                    statement.setString(2, one.brandId());
                    statement.setLong(3, one.channelId());
                    statement.setString(4, in.externalId());
                    statement.setString(5, in.kind().name());
                    statement.setString(6, in.authorHandle());
                    statement.setString(7, in.authorName());
                    statement.setString(8, in.text());
                    statement.setString(9, in.inReplyTo());
                    statement.setString(10, (in.priority() == null ? InteractionPriority.NORMAL : in.priority()).name());
                    statement.setTimestamp(11, Timestamp.from(in.occurredAt()));
                    statement.setTimestamp(12, Timestamp.from(one.receivedAt()));
                });
    }

    static final String TO_CLASSIFY = "classified_at is null";
    static final String TO_START = "classified_at is not null";

    /** Locks and returns the oldest rows not yet classified (or those of {@code only}, when given). */
    List<QueuedInteraction> claimToClassify(int limit, Collection<String> only) {
        return claim(TO_CLASSIFY, limit, only);
    }

    /** Locks and returns the oldest classified rows, whose SOPs are still to start (or those of {@code only}). */
    List<QueuedInteraction> claimToStart(int limit, Collection<String> only) {
        return claim(TO_START, limit, only);
    }

    private List<QueuedInteraction> claim(String stage, int limit, Collection<String> only) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (only != null) {
            parameters.addValue("only", only);
        }
        return named.query(claimQuery(stage, limit, only != null), parameters, IntakeQueueStore::queued);
    }

    /**
     * The oldest {@code limit} rows of a stage that no other transaction holds. On PostgreSQL a partial index per
     * stage (db/vendor/postgresql/V62) gives them in order, so a claim reads about {@code limit} rows however long
     * the queue is.
     */
    static String claimQuery(String stage, int limit, boolean onlySome) {
        return "select " + COLUMNS + " from intake_queue where parked_at is null and " + stage
                + (onlySome ? " and interaction_id in (:only)" : "") + " order by received_at fetch first " + limit
                + " rows only for update skip locked";
    }

    void classified(Collection<String> interactionIds, Instant at) {
        named.update("update intake_queue set classified_at = :at"
                + " where interaction_id in (:ids)", new MapSqlParameterSource("at", Timestamp.from(at))
                .addValue("ids", interactionIds));
    }

    void remove(Collection<String> interactionIds) {
        named.update("delete from intake_queue where interaction_id in (:ids)",
                new MapSqlParameterSource("ids", interactionIds));
    }

    /** Counts a failed attempt; the row is set aside once it has failed {@link #MAX_ATTEMPTS} times. */
    void failed(String interactionId, String error, Instant at) {
        jdbc.update("update intake_queue set attempts = attempts + 1, last_error = ?,"
                + " parked_at = case when attempts + 1 >= ? then ? else parked_at end where interaction_id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error, MAX_ATTEMPTS, Timestamp.from(at),
                interactionId);
    }

    /** How many of these are still queued (not parked): a synchronous caller waits for a worker holding them. */
    int pending(Collection<String> interactionIds) {
        Integer count = named.queryForObject("select count(*) from intake_queue"
                + " where parked_at is null and interaction_id in (:ids)", new MapSqlParameterSource("ids",
                interactionIds), Integer.class);
        return count == null ? 0 : count;
    }

    List<String> queuedOf(long channelId) {
        return jdbc.queryForList("select interaction_id from intake_queue where channel_id = ? and parked_at is null",
                String.class, channelId);
    }

    /** Where a channel's interaction stands; empty when the channel has no interaction of that id. */
    Optional<IntakeStatus> status(long channelId, String interactionId) {
        List<IntakeStatus> queued = jdbc.query("select external_id, received_at, classified_at, parked_at"
                + " from intake_queue where interaction_id = ? and channel_id = ?", (row, i) -> new IntakeStatus(
                interactionId, row.getString(1), row.getTimestamp(2).toInstant(), row.getTimestamp(4) != null
                        ? IntakeStatus.Stage.SET_ASIDE : row.getTimestamp(3) != null ? IntakeStatus.Stage.CLASSIFIED
                        : IntakeStatus.Stage.QUEUED, null), interactionId, channelId);
        if (!queued.isEmpty()) {
            return Optional.of(queued.get(0));
        }
        // an interaction closed without ever having an SOP was discarded by an admin after failing to start one
        return jdbc.query("select external_id, received_at, sop_started_at, case when process_instance_id is null"
                + " and state = 'CLOSED' then 1 else 0 end from interaction where id = ? and channel_id = ?",
                (row, i) -> new IntakeStatus(interactionId, row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getInt(4) == 1 ? IntakeStatus.Stage.DISCARDED : IntakeStatus.Stage.STARTED,
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()), interactionId,
                channelId).stream().findFirst();
    }

    /** How many of these were set aside as failing. */
    int parked(Collection<String> interactionIds) {
        Integer count = named.queryForObject("select count(*) from intake_queue"
                + " where parked_at is not null and interaction_id in (:ids)", new MapSqlParameterSource("ids",
                interactionIds), Integer.class);
        return count == null ? 0 : count;
    }

    /** The channel's rows set aside, longest set aside first, at most {@code limit}. */
    List<IntakeSetAside.SetAsideInteraction> setAsideOf(long channelId, int limit) {
        return jdbc.query("select " + SET_ASIDE_COLUMNS + " from intake_queue where channel_id = ? and parked_at is not"
                + " null order by parked_at, interaction_id fetch first " + limit + " rows only",
                IntakeQueueStore::setAside, channelId);
    }

    /** The row if it is set aside, locked until the caller's transaction ends (another admin acting waits). */
    Optional<IntakeSetAside.SetAsideInteraction> lockSetAside(String interactionId) {
        return jdbc.query("select " + SET_ASIDE_COLUMNS + " from intake_queue where interaction_id = ?"
                + " and parked_at is not null for update", IntakeQueueStore::setAside, interactionId).stream()
                .findFirst();
    }

    /** The channel's rows set aside, each locked until the caller's transaction ends. */
    List<IntakeSetAside.SetAsideInteraction> lockSetAsideOf(long channelId) {
        return jdbc.query("select " + SET_ASIDE_COLUMNS + " from intake_queue where channel_id = ?"
                + " and parked_at is not null order by parked_at, interaction_id for update",
                IntakeQueueStore::setAside, channelId);
    }

    /**
     * Puts set-aside rows back in the queue with their attempts counted from zero; their last error stays until
     * they succeed (the row then leaves the queue) or fail again (a new error replaces it).
     *
     * @return how many were set aside and are queued again
     */
    int tryAgain(Collection<String> interactionIds) {
        return named.update("update intake_queue set parked_at = null, attempts = 0 where parked_at is not null"
                + " and interaction_id in (:ids)", new MapSqlParameterSource("ids", interactionIds));
    }

    /** Deletes a set-aside row; false when it is not (or no longer) set aside. */
    boolean discard(String interactionId) {
        return jdbc.update("delete from intake_queue where interaction_id = ? and parked_at is not null",
                interactionId) == 1;
    }

    private static IntakeSetAside.SetAsideInteraction setAside(ResultSet row, int i) throws SQLException {
        return new IntakeSetAside.SetAsideInteraction(row.getString("interaction_id"), row.getString("brand_id"),
                row.getLong("channel_id"), row.getString("external_id"), row.getString("author_handle"),
                row.getString("text"), row.getTimestamp("received_at").toInstant(),
                row.getTimestamp("parked_at").toInstant(), row.getInt("attempts"), row.getString("last_error"),
                row.getTimestamp("classified_at") != null);
    }

    private static QueuedInteraction queued(ResultSet row, int i) throws SQLException {
        String priority = row.getString("priority");
        IncomingInteraction incoming = new IncomingInteraction(row.getString("external_id"),
                InteractionKind.valueOf(row.getString("kind")), row.getString("author_handle"),
                row.getString("author_name"), row.getString("text"), row.getString("in_reply_to"),
                row.getTimestamp("occurred_at").toInstant(), InteractionPriority.valueOf(priority));
        return new QueuedInteraction(row.getString("interaction_id"), row.getString("brand_id"),
                row.getLong("channel_id"), incoming, row.getTimestamp("received_at").toInstant());
    }
}
