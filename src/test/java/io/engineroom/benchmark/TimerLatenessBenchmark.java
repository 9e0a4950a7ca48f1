package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.support.AppProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timers at scale: {@code benchmark.timers} interactions (10 000) of the real {@code interaction} SOP, delivered over
 * the intake API, whose 75 % SLA reminders ("75 % of the SLA used", the timer that runs "Remind the queue": a
 * comment, a priority bump and a notice to the queue's people) all fall due at the same instant; when did each
 * fire? First on one node, then, with another {@code benchmark.timers} interactions, on two nodes (separate JVMs,
 * {@link AppProcess}) on the same embedded PostgreSQL, run the same way.
 * <p>
 * Seeding moves the reminders' due dates, nothing else: the interactions come in through the API with the SLA
 * targets the policy gives them (hours away), then one SQL update sets the reminder jobs' {@code DUEDATE_} in
 * {@code ACT_RU_JOB} to one instant 20 s ahead, as if they had all arrived at the same moment. When each fired is
 * its successful job log entry ({@code ACT_HI_JOB_LOG}, written as the job completes; the entry's host names the
 * node). Every reminder must fire exactly once (one successful job, one "Remind the queue", one notice per person
 * told); lateness is the job log's time minus the common due instant. Targets: max lateness ≤ 5 s on one node,
 * two nodes as fast or faster; printed with the load average, not asserted.
 * {@code ./mvnw -B -ntp -o -Pbenchmark test -Dtest=TimerLatenessBenchmark -Dbenchmark.timers=10000}
 */
@Tag("benchmark")
class TimerLatenessBenchmark {

    static final int TIMERS = Integer.getInteger("benchmark.timers", 10_000);
    /** {@code -Dbenchmark.timers.two-nodes=false} runs the one-node round only (while profiling a reminder). */
    static final boolean TWO_NODES = !"false".equals(System.getProperty("benchmark.timers.two-nodes"));
    static final int BATCH = 50;
    static final int CLIENTS = 4;
    static final double TARGET_SECONDS = 5;
    /** From the update to the common due instant: the nodes are idle again when it comes. */
    static final Duration LEAD = Duration.ofSeconds(20);
    static final Duration FIRE_WITHIN = Duration.ofMinutes(20);

    @Test
    void everySlaReminderFiresExactlyOnceAndTwoNodesAreNoSlowerThanOne() throws Exception {
        try (AppNodes nodes = new AppNodes()) {
            AppProcess first = nodes.start("timers-a");
            long channel = nodes.demoChannel();
            assertThat(channel).as("the demo data gave Bean & Leaf an intake channel").isPositive();
            Round one = round(nodes, List.of(first), channel, "one");
            if (!TWO_NODES) { // profiling one node's reminders: the first round alone
                System.out.println(one.report());
                assertThat(one.exactlyOnce()).as("every reminder fired exactly once on one node").isTrue();
                return;
            }
            AppProcess second = nodes.start("timers-b");
            Round two = round(nodes, List.of(first, second), channel, "two");

            System.out.printf("%n=== Timer lateness: %,d SLA reminders due at one instant, per run ===%n", TIMERS);
            System.out.println(one.report());
            System.out.println(two.report());
            System.out.printf(Locale.ROOT, "one node: max lateness %.2f s <= %.0f s: %s%n", one.max(), TARGET_SECONDS,
                    AppNodes.verdict(one.max() <= TARGET_SECONDS));
            System.out.printf(Locale.ROOT, "two nodes: max lateness %.2f s <= %.0f s: %s%n", two.max(), TARGET_SECONDS,
                    AppNodes.verdict(two.max() <= TARGET_SECONDS));
            System.out.printf(Locale.ROOT, "two nodes as fast or faster (max %.2f s vs %.2f s): %s%n", two.max(),
                    one.max(), AppNodes.verdict(two.max() <= one.max()));
            System.out.printf(Locale.ROOT, "every reminder fired exactly once: %s; load average now %.1f, %d cores%n",
                    AppNodes.verdict(one.exactlyOnce() && two.exactlyOnce()), AppNodes.loadAverage(),
                    Runtime.getRuntime().availableProcessors());

            for (Round round : List.of(one, two)) {
                assertThat(round.fired).as("successful reminder jobs (%s node(s))", round.name).isEqualTo(TIMERS);
                assertThat(round.instances).as("instances reminded (%s)", round.name).isEqualTo(TIMERS);
                assertThat(round.reminded).as("'Remind the queue' runs (%s)", round.name).isEqualTo(TIMERS);
                assertThat(round.noticed).as("reminders with their notice (%s)", round.name).isEqualTo(TIMERS);
                assertThat(round.duplicateNotices).as("a person told twice (%s)", round.name).isZero();
            }
        }
    }

    /** Seeds {@link #TIMERS} interactions through the nodes, moves their reminders to one instant, waits for them. */
    private Round round(AppNodes nodes, List<AppProcess> running, long channel, String name) throws Exception {
        String prefix = "timers-" + name;
        Instant seeding = Instant.now();
        int acknowledged = seed(nodes, running, channel, prefix);
        assertThat(acknowledged).as("interactions acknowledged").isEqualTo(TIMERS);
        System.out.printf(Locale.ROOT, "%s node(s): %,d interactions seeded over HTTP in %.0f s%n", name, TIMERS,
                Duration.between(seeding, Instant.now()).toMillis() / 1000.0);

        Instant due = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.MILLIS);
        int moved = moveReminders(nodes, channel, prefix, due);
        assertThat(moved).as("reminder timers moved to one instant").isEqualTo(TIMERS);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
        double loadAtDue = AppNodes.loadAverage();

        String ours = " from act_hi_job_log l join interaction i on l.process_instance_id_ = i.process_instance_id"
                + " where l.act_id_ = 'SlaNearlyDue' and l.job_state_ = 2 and i.channel_id = " + channel
                + " and i.external_id like '" + prefix + "-%'";
        Instant deadline = Instant.now().plus(FIRE_WITHIN);
        while (nodes.count("select count(*)" + ours) < TIMERS && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        Thread.sleep(2_000); // a second firing of the same timer, if there were one, would show by now
        Round round = new Round(name, running.size(), due, loadAtDue);
        try (Connection db = nodes.database().getConnection();
                PreparedStatement query = db.prepareStatement("select l.timestamp_, l.hostname_" + ours);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                round.firedAt(rows.getTimestamp(1).toInstant(), rows.getString(2));
            }
        }
        String instances = " from interaction i where i.channel_id = " + channel + " and i.external_id like '"
                + prefix + "-%'";
        round.fired = round.lateness.count();
        round.instances = nodes.count("select count(distinct l.process_instance_id_)" + ours);
        round.failures = nodes.count("select count(*) from act_hi_job_log l join interaction i"
                + " on l.process_instance_id_ = i.process_instance_id where l.act_id_ = 'SlaNearlyDue'"
                + " and l.job_state_ = 1 and i.channel_id = " + channel + " and i.external_id like '" + prefix + "-%'");
        round.reminded = nodes.count("select count(*) from act_hi_actinst a join interaction i"
                + " on a.proc_inst_id_ = i.process_instance_id where a.act_id_ = 'RemindQueue' and a.end_time_ is not"
                + " null and i.channel_id = " + channel + " and i.external_id like '" + prefix + "-%'");
        round.noticed = nodes.count("select count(*)" + instances + " and exists (select 1 from notice n where"
                + " n.topic = 'interaction:' || i.id and n.kind = 'sla-reminder')");
        round.duplicateNotices = nodes.count("select count(*) from (select n.recipient, n.topic from notice n join"
                + " interaction i on n.topic = 'interaction:' || i.id where n.kind = 'sla-reminder' and i.channel_id = "
                + channel + " and i.external_id like '" + prefix + "-%' group by n.recipient, n.topic"
                + " having count(*) > 1) twice");
        round.notices = nodes.count("select count(*) from notice n join interaction i on n.topic = 'interaction:'"
                + " || i.id where n.kind = 'sla-reminder' and i.channel_id = " + channel + " and i.external_id like '"
                + prefix + "-%'");
        round.loadAtEnd = AppNodes.loadAverage();
        return round;
    }

    /** Delivers the round's interactions in batches of {@link #BATCH} from {@link #CLIENTS} clients, nodes in turn. */
    private int seed(AppNodes nodes, List<AppProcess> running, long channel, String prefix) throws Exception {
        AtomicInteger nextBatch = new AtomicInteger();
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Void>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(clients.submit(() -> {
                int batch;
                while ((batch = nextBatch.getAndIncrement()) * BATCH < TIMERS) {
                    AppProcess node = running.get(batch % running.size());
                    int count = Math.min(BATCH, TIMERS - batch * BATCH);
                    nodes.deliver(node, channel, prefix, batch * BATCH, count)
                            .forEach(id -> acknowledged.put(id, true));
                }
                return null;
            }));
        }
        for (Future<Void> client : done) {
            client.get();
        }
        clients.shutdown();
        return acknowledged.size();
    }

    /**
     * Sets the due date of the round's "75 % of the SLA used" timers to {@code due}: the only change to what the
     * SOP made. The update does not touch the job's revision: no node holds these jobs (they are hours from due).
     */
    private int moveReminders(AppNodes nodes, long channel, String prefix, Instant due) throws Exception {
        try (Connection db = nodes.database().getConnection(); PreparedStatement move = db.prepareStatement("""
                update act_ru_job j set duedate_ = ? from act_ru_jobdef d, interaction i
                where j.job_def_id_ = d.id_ and d.act_id_ = 'SlaNearlyDue'
                  and j.process_instance_id_ = i.process_instance_id and i.channel_id = ? and i.external_id like ?
                """)) {
            move.setTimestamp(1, Timestamp.from(due));
            move.setLong(2, channel);
            move.setString(3, prefix + "-%");
            return move.executeUpdate();
        }
    }

    /** One run's firings: lateness per reminder (ms), which node fired it, and the exactly-once counts. */
    private static final class Round {

        final String name;
        final int nodeCount;
        final Instant due;
        final double loadAtDue;
        final Latencies lateness = new Latencies("lateness", TIMERS * 2);
        final Map<String, Integer> byNode = new TreeMap<>();
        long fired;
        long instances;
        long failures;
        long reminded;
        long noticed;
        long notices;
        long duplicateNotices;
        double loadAtEnd;
        Instant last;

        Round(String name, int nodeCount, Instant due, double loadAtDue) {
            this.name = name;
            this.nodeCount = nodeCount;
            this.due = due;
            this.loadAtDue = loadAtDue;
        }

        void firedAt(Instant at, String host) {
            lateness.record(Math.max(0, Duration.between(due, at).toNanos()));
            byNode.merge(host, 1, Integer::sum);
            last = last == null || at.isAfter(last) ? at : last;
        }

        double max() {
            return lateness.count() == 0 ? Double.POSITIVE_INFINITY : lateness.max() / 1000;
        }

        boolean exactlyOnce() {
            return fired == TIMERS && instances == TIMERS && reminded == TIMERS && noticed == TIMERS
                    && duplicateNotices == 0;
        }

        String report() {
            if (lateness.count() == 0) {
                return name + " node(s): nothing fired";
            }
            double span = Duration.between(due, last).toMillis() / 1000.0;
            return String.format(Locale.ROOT, "%s node(s): fired %,d of %,d (%,d instances, %,d 'Remind the queue',"
                    + " %,d with a notice, %,d notices, %,d told twice, %,d failed job runs); lateness p50 %.2f s,"
                    + " p95 %.2f s, max %.2f s; %.0f reminders/s; by node %s; load average %.1f at due, %.1f after",
                    name, fired, TIMERS, instances, reminded, noticed, notices, duplicateNotices, failures,
                    lateness.percentile(50) / 1000, lateness.percentile(95) / 1000, max(),
                    span > 0 ? fired / span : fired, byNode, loadAtDue, loadAtEnd);
        }
    }
}
