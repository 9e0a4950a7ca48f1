package io.engineroom.benchmark;

import static io.engineroom.benchmark.IntakeBurstBenchmark.BATCH;
import static io.engineroom.benchmark.IntakeBurstBenchmark.BURST;
import static io.engineroom.benchmark.IntakeBurstBenchmark.CLIENTS;
import static io.engineroom.benchmark.IntakeBurstBenchmark.DRAIN_WITHIN;
import static io.engineroom.benchmark.IntakeBurstBenchmark.PROGRESS_EVERY;
import static io.engineroom.benchmark.IntakeBurstBenchmark.SLA_TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.benchmark.IntakeBurstBenchmark.Progress;
import io.engineroom.inbox.Category;
import io.engineroom.support.AppProcess;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22's acceptance, the crash: the burst of {@link IntakeBurstBenchmark} ({@code benchmark.intake.*} sizes, the
 * same public texts from {@code -Deval.dir}) to the app as its own process on its own embedded PostgreSQL
 * ({@link AppNodes}: Bean &amp; Leaf's demo intake channel and token, its SLA targets set round the clock in its
 * database), SIGKILLed once {@value #KILL_AT_PERCENT} % of the burst is acknowledged, then started again on the same
 * database. The deliveries that got no answer (in flight at the kill, or refused while the app was down) are sent
 * again once it is back, as a relay would: intake is idempotent by external id. Checked, each printed met/NOT met
 * with the load average: every acknowledged (202) interaction stored once under the id its receipt named, each SOP
 * started exactly once with its Respond task in the inbox, every SLA due = received + the target with the receipt no
 * later than the first 202 (what it would have been without the crash), every failed delivery acknowledged the second
 * time. {@code ./mvnw -B -ntp -o -Pbenchmark test -Dtest=IntakeBurstKillBenchmark -Deval.dir=...
 * -Dbenchmark.intake.burst=500}
 */
@Tag("benchmark")
class IntakeBurstKillBenchmark {

    static final int KILL_AT_PERCENT = 40;

    @Test
    void killedMidBurstAndRestartedEveryAcknowledgedInteractionIsThereOnceWithOneSopAndItsDueFromReceipt()
            throws Exception {
        System.out.printf(Locale.ROOT, "%n=== Intake burst killed: %,d interactions over HTTP, %d clients, batches of"
                + " %d, SIGKILL after %.0f %% acknowledged ===%n", BURST, CLIENTS, BATCH, (double) KILL_AT_PERCENT);
        BurstTexts texts = BurstTexts.read(IntakeBurstBenchmark.TEXTS);
        try (AppNodes nodes = new AppNodes()) {
            AtomicReference<AppProcess> app = new AtomicReference<>(nodes.start("intake-burst-1"));
            long channel = nodes.demoChannel();
            assertThat(channel).as("the demo data gave Bean & Leaf an intake channel").isPositive();
            int targets = nodes.update("insert into sla_target (brand_id, category, first_response_minutes,"
                    + " business_hours_only) select 'beanleaf', c, " + SLA_TARGET.toMinutes() + ", false from"
                    + " unnest(array[" + String.join(", ", Arrays.stream(Category.values()).map(c -> "'" + c + "'")
                    .toList()) + "]) c on conflict (brand_id, category) do update set first_response_minutes = "
                    + SLA_TARGET.toMinutes() + ", business_hours_only = false");
            assertThat(targets).as("Bean & Leaf's SLA targets").isEqualTo(Category.values().length);
            BurstClient burst = new BurstClient(texts, channel, AppNodes.token(channel), "kill", BURST, BATCH, 0, 0);
            BurstRecords records = new BurstRecords(new JdbcTemplate(nodes.database()), burst);
            int killAfter = BURST * KILL_AT_PERCENT / 100;
            AtomicReference<Instant> killedAt = new AtomicReference<>();
            AtomicInteger acknowledgedAtKill = new AtomicInteger();
            Instant begun = Instant.now();
            List<BurstClient.Failed> failed;
            List<BurstClient.Failed> failedAgain;
            Instant restarted;
            Instant drained;
            Thread killer = new Thread(() -> killOnceAcknowledged(burst, killAfter, app.get(), killedAt,
                    acknowledgedAtKill), "killer");
            killer.setDaemon(true);
            try (Progress ignored = Progress.every(PROGRESS_EVERY, () -> records.progress(begun))) {
                killer.start();
                failed = burst.send(IntStream.range(0, burst.batches()).boxed().toList(), CLIENTS,
                        () -> app.get().uri("/"), batch -> { });
                killer.join(1_000);
                assertThat(killedAt.get()).as("the app was killed mid-burst, before every batch was acknowledged"
                        + " (a burst of more batches than clients)").isNotNull();
                assertThat(app.get().isAlive()).isFalse();
                long storedAtKill = records.stored();
                app.set(nodes.start("intake-burst-2"));
                restarted = Instant.now();
                System.out.printf(Locale.ROOT, "restarted %.1f s after the kill; %,d stored then, %,d deliveries to"
                        + " send again%n", BurstRecords.seconds(killedAt.get(), restarted), storedAtKill,
                        failed.size());
                failedAgain = burst.send(failed.stream().map(BurstClient.Failed::batch).sorted().toList(), CLIENTS,
                        () -> app.get().uri("/"), batch -> { });
                drained = records.awaitDrained(BURST, DRAIN_WITHIN, begun);
            }
            long inFlight = failed.stream().filter(one -> one.sent().isBefore(killedAt.get())).count();
            Instant lastStart = records.lastStart();
            Map<String, Boolean> checks = records.checks(BURST, SLA_TARGET);
            checks.put(String.format(Locale.ROOT, "every delivery that failed at the kill sent again and acknowledged"
                    + " (%,d failed: %,d in flight at the kill, %,d refused while the app was down; %,d failed again;"
                    + " %,d receipt entries said 'had arrived before')", failed.size(), inFlight,
                    failed.size() - inFlight, failedAgain.size(), burst.duplicates.get()), failedAgain.isEmpty());

            System.out.printf(Locale.ROOT, "%n=== Intake burst killed: %,d interactions, %d clients, killed after %,d"
                    + " acknowledged ===%n", BURST, CLIENTS, acknowledgedAtKill.get());
            System.out.printf(Locale.ROOT, "before the kill: %,d acknowledged in %.1f s = %,.0f interactions/s%n",
                    acknowledgedAtKill.get(), BurstRecords.seconds(burst.firstSent.get(), killedAt.get()),
                    acknowledgedAtKill.get() / BurstRecords.seconds(burst.firstSent.get(), killedAt.get()));
            System.out.printf(Locale.ROOT, "after the restart: the last SOP started %.1f s after the app was back;"
                    + " drained %s; %d answers 429%n", lastStart == null ? Double.NaN
                            : BurstRecords.seconds(restarted, lastStart),
                    drained == null ? "NOT within " + DRAIN_WITHIN
                            : String.format(Locale.ROOT, "%.1f s after the burst began",
                                    BurstRecords.seconds(begun, drained)), burst.tooManyRequests.get());
            checks.forEach((check, met) -> System.out.println(check + ": " + AppNodes.verdict(met)));
            System.out.printf(Locale.ROOT, "load average %.1f, %d cores%n", AppNodes.loadAverage(),
                    Runtime.getRuntime().availableProcessors());
            assertThat(checks).as("checks not met").allSatisfy((check, met) -> assertThat(met).as(check).isTrue());
        }
    }

    /**
     * Watches the acknowledgements and SIGKILLs the app (no shutdown, nothing flushed) as soon as {@code after} are
     * acknowledged, while the clients' other deliveries are in flight; gives up once every one is acknowledged.
     */
    private static void killOnceAcknowledged(BurstClient burst, int after, AppProcess app,
            AtomicReference<Instant> killedAt, AtomicInteger acknowledgedAtKill) {
        try {
            while (burst.acknowledged.size() < after) {
                Thread.sleep(10);
            }
            if (burst.acknowledged.size() < BURST) {
                acknowledgedAtKill.set(burst.acknowledged.size());
                killedAt.set(Instant.now());
                app.kill();
                System.out.printf(Locale.ROOT, "killed after %,d acknowledged%n", acknowledgedAtKill.get());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
