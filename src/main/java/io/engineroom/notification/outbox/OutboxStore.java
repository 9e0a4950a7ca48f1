package io.engineroom.notification.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox's table. Plain JDBC on the caller's connection: {@link #enqueue} joins the transaction of the cause
 * (a process step, a service call), so a rolled-back cause leaves nothing to send. Claims and outcomes are
 * conditional updates, so two nodes never send the same delivery at once.
 */
@Repository
public class OutboxStore {

    /** Longest response and error text kept per attempt. */
    static final int MAX_RESPONSE = 2000;
    static final int MAX_ERROR = 1000;

    private static final String COLUMNS = """
            id, channel, target_id, notice_id, brand_id, event_type, event_id, recipient, subject, payload,
            attachment_name, attachment_type, attachment, status, attempts, max_attempts, created_at,
            next_attempt_at, sent_at, dead_at, last_status, last_response, last_error""";

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many deliveries wait to be sent (due or backing off), per channel; channels without any are left out. */
    Map<DeliveryChannel, Long> pendingByChannel() {
        Map<DeliveryChannel, Long> pending = new EnumMap<>(DeliveryChannel.class);
        jdbc.query("select channel, count(*) from outbound_delivery where status = 'PENDING' group by channel",
                rs -> {
                    pending.put(DeliveryChannel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return pending;
    }

    /** Stores a delivery in the current transaction; the worker sends it once it commits and is due. */
    public long enqueue(NewDelivery delivery, int maxAttempts, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into outbound_delivery (channel, target_id, notice_id, brand_id, event_type, event_id,
                        recipient, subject, payload, attachment_name, attachment_type, attachment, status, attempts,
                        max_attempts, created_at, next_attempt_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, delivery.channel().name());
            insert.setObject(2, delivery.targetId());
            insert.setObject(3, delivery.noticeId());
            insert.setString(4, delivery.brandId());
            insert.setString(5, delivery.eventType());
            insert.setString(6, delivery.eventId());
            insert.setString(7, delivery.recipient());
            insert.setString(8, shorten(delivery.subject(), 300));
            insert.setString(9, delivery.payload());
            insert.setString(10, delivery.attachmentName());
            insert.setString(11, delivery.attachmentType());
            insert.setBytes(12, delivery.attachment());
            insert.setInt(13, maxAttempts);
            insert.setTimestamp(14, Timestamp.from(now));
            Instant due = delivery.dueAt() == null || delivery.dueAt().isBefore(now) ? now : delivery.dueAt();
            insert.setTimestamp(15, Timestamp.from(due));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Claims up to {@code limit} due deliveries for this node until {@code leaseUntil}: pending, due by {@code now},
     * and claimed by nobody (or by a node whose lease ran out). Oldest due first.
     */
    public List<OutboundDelivery> claimDue(Instant now, Instant leaseUntil, String node, int limit) {
        return claimDue(null, now, leaseUntil, node, limit);
    }

    /** As {@link #claimDue(Instant, Instant, String, int)}, of one channel only (every channel when null). */
    public List<OutboundDelivery> claimDue(DeliveryChannel channel, Instant now, Instant leaseUntil, String node,
            int limit) {
        String due = """
                select id from outbound_delivery
                where status = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)""";
        String order = " order by next_attempt_at, id limit ?";
        List<Long> candidates = channel == null
                ? jdbc.queryForList(due + order, Long.class, Timestamp.from(now), Timestamp.from(now), limit)
                : jdbc.queryForList(due + " and channel = ?" + order, Long.class, Timestamp.from(now),
                        Timestamp.from(now), channel.name(), limit);
        List<OutboundDelivery> claimed = new ArrayList<>();
        for (long id : candidates) {
            int won = jdbc.update("""
                    update outbound_delivery set claimed_until = ?, claimed_by = ?
                    where id = ? and status = 'PENDING' and next_attempt_at <= ?
                        and (claimed_until is null or claimed_until < ?)""",
                    Timestamp.from(leaseUntil), node, id, Timestamp.from(now), Timestamp.from(now));
            if (won == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    public Optional<OutboundDelivery> find(long id) {
        return jdbc.query("select " + COLUMNS + " from outbound_delivery where id = ?", ROW, id).stream().findFirst();
    }

    /**
     * Renews this node's claim on a delivery just before it is attempted, so a lease need only outlast one attempt,
     * not a whole batch behind a slow server. Refused when the delivery is no longer this node's to send: another
     * node claimed it after the lease ran out, or attempted or finished it since it was claimed.
     *
     * @return whether this node still holds the delivery and may send it now
     */
    public boolean renewClaim(OutboundDelivery delivery, String node, Instant leaseUntil) {
        return jdbc.update("""
                update outbound_delivery set claimed_until = ?
                where id = ? and status = 'PENDING' and claimed_by = ? and claimed_until is not null and attempts = ?""",
                Timestamp.from(leaseUntil), delivery.id(), node, delivery.attempts()) == 1;
    }

    /** Gives up this node's claim on a delivery it has not attempted (it stops): another node may send it at once. */
    public void releaseClaim(OutboundDelivery delivery, String node) {
        jdbc.update("""
                update outbound_delivery set claimed_until = null, claimed_by = null
                where id = ? and status = 'PENDING' and claimed_by = ? and attempts = ?""", delivery.id(), node,
                delivery.attempts());
    }

    /**
     * Records a successful attempt. It was sent whatever else happened meanwhile, so it is SENT unless another node
     * recorded it as sent already; the attempt is logged either way.
     */
    public void recordSent(OutboundDelivery delivery, DeliveryResult result, Instant at) {
        markSent(delivery, result, at);
    }

    /** As {@link #recordSent}: whether this record made it SENT (false: another node had recorded it). */
    boolean markSent(OutboundDelivery delivery, DeliveryResult result, Instant at) {
        int attempt = delivery.attempts() + 1;
        int changed = jdbc.update("""
                update outbound_delivery set status = 'SENT', attempts = attempts + 1, sent_at = ?,
                    claimed_until = null, last_status = ?, last_response = ?, last_error = null
                where id = ? and status = 'PENDING'""", Timestamp.from(at), result.status(),
                shorten(result.response(), MAX_RESPONSE), delivery.id());
        recordAttempt(delivery.id(), attempt, at, result);
        return changed == 1;
    }

    /**
     * Records a failed attempt: pending again at {@code retryAt}, or dead when {@code retryAt} is null. Only while
     * nobody else has attempted or finished the delivery since it was read: a slow attempt whose lease ran out must
     * not turn another node's SENT back into PENDING (which would send it a third time); it is only logged then.
     *
     * @return whether this failure made the delivery dead
     */
    public boolean recordFailure(OutboundDelivery delivery, DeliveryResult result, Instant at, Instant retryAt) {
        return markFailed(delivery, result, at, retryAt) == FailureRecord.DEAD;
    }

    /** What recording a failed attempt did. */
    enum FailureRecord {
        /** Pending again, for a retry after backoff. */
        RETRY,
        /** Dead: no more attempts. */
        DEAD,
        /** Only logged: another node had attempted or finished the delivery since it was read. */
        STALE
    }

    /** As {@link #recordFailure}, telling a stale record apart. */
    FailureRecord markFailed(OutboundDelivery delivery, DeliveryResult result, Instant at, Instant retryAt) {
        int attempt = delivery.attempts() + 1;
        boolean dead = retryAt == null;
        int changed = jdbc.update("""
                update outbound_delivery set status = ?, attempts = ?, next_attempt_at = ?, dead_at = ?,
                    claimed_until = null, last_status = ?, last_response = ?, last_error = ?
                where id = ? and status = 'PENDING' and attempts = ?""",
                dead ? DeliveryStatus.DEAD.name() : DeliveryStatus.PENDING.name(), attempt,
                Timestamp.from(dead ? delivery.nextAttemptAt() : retryAt), dead ? Timestamp.from(at) : null,
                result.status(), shorten(result.response(), MAX_RESPONSE), shorten(result.error(), MAX_ERROR),
                delivery.id(), delivery.attempts());
        recordAttempt(delivery.id(), attempt, at, result);
        return changed == 0 ? FailureRecord.STALE : dead ? FailureRecord.DEAD : FailureRecord.RETRY;
    }

    /**
     * Sends a delivery again (from a delivery log): pending at once with its attempts counted afresh; the event id
     * stays, so a receiver that got it before can tell. Only a dead or sent delivery.
     *
     * @return whether it was queued again
     */
    public boolean resend(long id, Instant now) {
        return jdbc.update("""
                update outbound_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, dead_at = null,
                    sent_at = null, claimed_until = null
                where id = ? and status in ('DEAD', 'SENT')""", Timestamp.from(now), id) == 1;
    }

    /** A chat target's or subscription's deliveries, newest first. */
    public List<OutboundDelivery> log(DeliveryChannel channel, long targetId, int limit) {
        return jdbc.query("select " + COLUMNS + """
                 from outbound_delivery where channel = ? and target_id = ?
                order by created_at desc, id desc limit ?""", ROW, channel.name(), targetId, limit);
    }

    /** Every attempt of a delivery, first first. */
    public List<DeliveryAttempt> attempts(long deliveryId) {
        return jdbc.query("""
                select attempt, attempted_at, succeeded, status, response, error from outbound_attempt
                where delivery_id = ? order by attempt, id""", (rs, row) -> new DeliveryAttempt(rs.getInt(1),
                rs.getTimestamp(2).toInstant(), rs.getBoolean(3), (Integer) rs.getObject(4), rs.getString(5),
                rs.getString(6)), deliveryId);
    }

    private void recordAttempt(long deliveryId, int attempt, Instant at, DeliveryResult result) {
        jdbc.update("""
                insert into outbound_attempt (delivery_id, attempt, attempted_at, succeeded, status, response, error)
                values (?, ?, ?, ?, ?, ?, ?)""", deliveryId, attempt, Timestamp.from(at), result.sent(),
                result.status(), shorten(result.response(), MAX_RESPONSE), shorten(result.error(), MAX_ERROR));
    }

    static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static final RowMapper<OutboundDelivery> ROW = OutboxStore::row;

    private static OutboundDelivery row(ResultSet rs, int rowNumber) throws SQLException {
        return new OutboundDelivery(rs.getLong("id"), DeliveryChannel.valueOf(rs.getString("channel")),
                (Long) longOrNull(rs, "target_id"), longOrNull(rs, "notice_id"), rs.getString("brand_id"),
                rs.getString("event_type"), rs.getString("event_id"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("payload"), rs.getString("attachment_name"),
                rs.getString("attachment_type"), rs.getBytes("attachment"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getInt("max_attempts"),
                instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "sent_at"),
                instant(rs, "dead_at"), (Integer) rs.getObject("last_status"), rs.getString("last_response"),
                rs.getString("last_error"));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
