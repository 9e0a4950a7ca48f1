package io.engineroom.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a burst left in the database, read against what its sender was told ({@link BurstClient}): the same reads
 * whether the app ran in the benchmark's JVM or as its own process, before the intake queued its work and after.
 * An interaction's SOP counts as started when the record names its instance and that instance's Respond task is in
 * the inbox read model ({@code inbox_item}), as the Inbox screen shows it.
 */
final class BurstRecords {

    private final JdbcTemplate db;
    private final BurstClient burst;
    private final String ours;

    BurstRecords(JdbcTemplate db, BurstClient burst) {
        this.db = db;
        this.burst = burst;
        this.ours = burst.ours();
    }

    long stored() {
        return count("select count(*) from interaction i where " + ours);
    }

    /** Stored, its SOP started and its Respond task in the inbox read model. */
    long started() {
        return count("select count(*) from interaction i where " + ours + " and i.process_instance_id is not null"
                + " and exists (select 1 from inbox_item b where b.process_instance_id = i.process_instance_id"
                + " and b.task_definition_key = 'Respond')");
    }

    /** Accepted but not yet started: the burst's rows in the intake's queue. */
    long backlog() {
        return count("select count(*) from intake_queue i where " + ours);
    }

    /** The latest start of the burst's SOPs: when the instance started, or when the record says it did. */
    Instant lastStart() {
        Timestamp last = db.queryForObject("select max(greatest(i.sop_started_at, p.start_time_)) from interaction i"
                + " join act_hi_procinst p on p.id_ = i.process_instance_id where " + ours, Timestamp.class);
        return last == null ? null : last.toInstant();
    }

    /** One line of progress. */
    String progress(Instant since) {
        return String.format(Locale.ROOT, "+%5.1f s: %,d acknowledged (%,d answers 429), %,d stored, %,d SOPs started"
                + " with their task, %,d waiting in the intake queue", seconds(since, Instant.now()),
                burst.acknowledged.size(), burst.tooManyRequests.get(), stored(), started(), backlog());
    }

    /**
     * Waits until every one of {@code expected} interactions has its SOP started and the queue holds none of them
     * (progress is printed by whoever waits).
     *
     * @return when it was seen done, or null when {@code within} passed first
     */
    Instant awaitDrained(long expected, Duration within, Instant since) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (started() >= expected && backlog() == 0) {
                System.out.println(progress(since) + ": drained");
                return Instant.now();
            }
            Thread.sleep(250);
        }
        System.out.println(progress(since) + ": NOT drained within " + within);
        return null;
    }

    /**
     * The checks every burst must pass, each with its figures: every acknowledged interaction stored once under the
     * id its receipt named, with exactly one process instance (history, by business key) whose Respond task is in the
     * inbox, its SLA due exactly {@code target} after its receipt, and its receipt no later than its acknowledgement
     * (the SLA counts from acceptance, not from when a worker got to it).
     */
    Map<String, Boolean> checks(int size, Duration target) {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        long stored = stored();
        long storedTwice = count("select count(*) from (select i.external_id from interaction i where " + ours
                + " group by i.external_id having count(*) > 1) twice");
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger otherId = new AtomicInteger();
        AtomicInteger receivedAfterAck = new AtomicInteger();
        AtomicLong latestReceiptMicros = new AtomicLong(Long.MIN_VALUE);
        Map<String, Object[]> records = new java.util.HashMap<>();
        db.query("select i.external_id, i.id, i.received_at from interaction i where " + ours, row -> {
            records.put(row.getString(1), new Object[] {row.getString(2), row.getTimestamp(3).toInstant()});
        });
        burst.acknowledged.forEach((externalId, ack) -> {
            Object[] record = records.get(externalId);
            if (record == null) {
                missing.incrementAndGet();
                return;
            }
            if (!record[0].equals(ack.interactionId())) {
                otherId.incrementAndGet();
            }
            long micros = Duration.between(ack.at(), (Instant) record[1]).toNanos() / 1_000;
            latestReceiptMicros.accumulateAndGet(micros, Math::max);
            if (micros > 0) {
                receivedAfterAck.incrementAndGet();
            }
        });
        checks.put(String.format(Locale.ROOT, "every acknowledged interaction stored once under its receipt's id"
                + " (%,d of %,d acknowledged, %,d stored, %d missing, %d stored twice, %d under another id)",
                burst.acknowledged.size(), size, stored, missing.get(), storedTwice, otherId.get()),
                burst.acknowledged.size() == size && stored == size && missing.get() == 0 && storedTwice == 0
                        && otherId.get() == 0);

        Map<String, Object> instances = db.queryForMap("select count(*) filter (where n = 1) once, count(*) filter"
                + " (where n = 0) never, count(*) filter (where n > 1) twice from (select i.id, count(p.id_) n from"
                + " interaction i left join act_hi_procinst p on p.business_key_ = 'interaction:' || i.id where " + ours
                + " group by i.id) per_interaction");
        long once = ((Number) instances.get("once")).longValue();
        long started = started();
        checks.put(String.format(Locale.ROOT, "every SOP started exactly once, its Respond task in the inbox (%,d with"
                + " one instance, %,d with none, %,d with more; %,d with their task)", once,
                ((Number) instances.get("never")).longValue(), ((Number) instances.get("twice")).longValue(), started),
                once == size && started == size);

        long seconds = target.toSeconds();
        Map<String, Object> dues = db.queryForMap("select count(*) filter (where abs(extract(epoch from"
                + " (i.first_response_due - i.received_at)) - " + seconds + ") < 0.001) exact, count(*) filter (where"
                + " i.first_response_due is null) none, coalesce(max(abs(extract(epoch from (i.first_response_due"
                + " - i.received_at)) - " + seconds + ")), 0) worst from interaction i where " + ours);
        long exact = ((Number) dues.get("exact")).longValue();
        checks.put(String.format(Locale.ROOT, "every SLA due = received + %s (%,d exact to the millisecond, %,d"
                + " without a due, largest difference %.3f s)", target, exact, ((Number) dues.get("none")).longValue(),
                ((Number) dues.get("worst")).doubleValue()), exact == size);
        checks.put(String.format(Locale.ROOT, "every interaction received no later than its 202 (%,d received"
                + " after it; latest receipt %+.3f s from its 202)", receivedAfterAck.get(),
                latestReceiptMicros.get() / 1e6), receivedAfterAck.get() == 0 && !burst.acknowledged.isEmpty());
        checks.put(String.format(Locale.ROOT, "nothing left in the intake queue (%,d rows)", backlog()),
                backlog() == 0);
        return checks;
    }

    long count(String sql) {
        Long count = db.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    Instant instant(String sql, Object... arguments) {
        Timestamp at = db.queryForObject(sql, Timestamp.class, arguments);
        return at == null ? null : at.toInstant();
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
