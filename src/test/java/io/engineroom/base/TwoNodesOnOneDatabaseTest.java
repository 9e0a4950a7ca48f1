package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two "nodes" (each its own {@link OneNodeAtATime} or {@link CacheStamps} with its own connections) on one database,
 * on PostgreSQL (production) and H2 (the default), with the tables as migration V53 makes them: a poll runs on one
 * node at a time, a task held by one node is skipped by the other, and a cache on one node learns of a change
 * committed on the other at its next check of the stamps.
 */
class TwoNodesOnOneDatabaseTest {

    private static EmbeddedPostgres postgres;
    private static String h2;

    @BeforeAll
    static void startDatabases() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        h2 = "jdbc:h2:mem:two-nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        for (DataSource database : List.of(postgres.getPostgresDatabase(), h2())) {
            try (Connection connection = database.getConnection()) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V53__cluster.sql"));
            }
        }
    }

    @AfterAll
    static void stopDatabases() throws IOException {
        postgres.close();
    }

    /** Each call a data source of its own, as each node has its own connection pool. */
    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("PostgreSQL", (Supplier<DataSource>) () -> postgres.getPostgresDatabase()),
                Arguments.of("H2", (Supplier<DataSource>) TwoNodesOnOneDatabaseTest::h2));
    }

    private static DataSource h2() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL(h2);
        return memory;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesPollingTheSameStreamNeverPollAtTheSameTime(String name, Supplier<DataSource> database)
            throws InterruptedException {
        String poll = "slow-poll-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        List<PollSchedule> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            nodes.add(new PollSchedule(poll, new OneNodeAtATime(new JdbcTemplate(database.get()), "node-" + node)));
        }
        // each node ticks every 100 ms and a poll takes 150 ms: without the lock, the two would overlap all the time
        Runnable slowPoll = () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
                runs.incrementAndGet();
            }
        };
        try {
            nodes.forEach(node -> node.every(Duration.ofMillis(100), slowPoll));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (runs.get() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            nodes.forEach(PollSchedule::stop);
        }

        assertThat(runs.get()).isGreaterThanOrEqualTo(10);
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void whileOneNodeRunsATaskTheOtherSkipsItButRunsItsOtherTasks(String name, Supplier<DataSource> database)
            throws Exception {
        OneNodeAtATime first = new OneNodeAtATime(new JdbcTemplate(database.get()), "first");
        OneNodeAtATime second = new OneNodeAtATime(new JdbcTemplate(database.get()), "second");
        String task = "task-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService firstNodesThread = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> firstRun = firstNodesThread.submit(() -> first.run(task, Duration.ZERO, () -> {
                started.countDown();
                awaitQuietly(finish);
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(second.run(task, Duration.ZERO, () -> { })).isFalse();
            assertThat(second.run(task + "-other", Duration.ZERO, () -> { })).isTrue();

            finish.countDown();
            assertThat(firstRun.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(second.run(task, Duration.ZERO, () -> { })).isTrue();
        } finally {
            finish.countDown();
            firstNodesThread.shutdownNow();
            first.stop();
            second.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRunKeepsTheTaskFromAnyNodeForItsAtLeastForAfterItEnded(String name, Supplier<DataSource> database) {
        OneNodeAtATime first = new OneNodeAtATime(new JdbcTemplate(database.get()), "first");
        OneNodeAtATime second = new OneNodeAtATime(new JdbcTemplate(database.get()), "second");
        String task = "interval-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();
        try {
            assertThat(first.run(task, OneNodeAtATime.heldBetweenRuns(Duration.ofHours(1)), runs::incrementAndGet))
                    .isTrue();

            assertThat(second.run(task, Duration.ZERO, runs::incrementAndGet)).isFalse();
            assertThat(first.run(task, Duration.ZERO, runs::incrementAndGet)).isFalse();
            assertThat(runs.get()).isOne();
        } finally {
            first.stop();
            second.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangeCommittedOnOneNodeReachesTheOtherNodesCacheAtItsNextCheck(String name,
            Supplier<DataSource> database) {
        String cache = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        CacheStamps changing = new CacheStamps(new JdbcTemplate(database.get()));
        CacheStamps other = new CacheStamps(new JdbcTemplate(database.get()));
        AtomicInteger dropped = new AtomicInteger();
        other.onChange(cache, dropped::incrementAndGet);
        changing.changed(cache);
        other.check(); // its first look: whatever it loaded before may be older than the stamp
        int afterFirstLook = dropped.get();

        assertThat(other.check()).doesNotContain(cache);
        changing.changed(cache);

        assertThat(other.check()).containsExactly(cache);
        assertThat(dropped.get()).isEqualTo(afterFirstLook + 1);
        assertThat(other.check()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangeRolledBackMovesNoStamp(String name, Supplier<DataSource> database) {
        String cache = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        DataSource changingNodes = database.get();
        CacheStamps changing = new CacheStamps(new JdbcTemplate(changingNodes));
        CacheStamps other = new CacheStamps(new JdbcTemplate(database.get()));
        changing.changed(cache);
        other.check();

        new TransactionTemplate(new DataSourceTransactionManager(changingNodes)).executeWithoutResult(status -> {
            changing.changed(cache);
            assertThat(other.check()).doesNotContain(cache);
            status.setRollbackOnly();
        });

        assertThat(other.check()).doesNotContain(cache);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theScheduledCheckTakesAChangeInWithinItsBound(String name, Supplier<DataSource> database)
            throws InterruptedException {
        String cache = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        CacheStamps changing = new CacheStamps(new JdbcTemplate(database.get()));
        CacheStamps other = new CacheStamps(new JdbcTemplate(database.get()));
        changing.changed(cache);
        other.check();
        CountDownLatch dropped = new CountDownLatch(1);
        other.onChange(cache, dropped::countDown);
        other.start();
        try {
            changing.changed(cache);

            // the documented bound: one check interval plus one check (2 s allowed for it on a loaded machine)
            assertThat(dropped.await(CacheStamps.CHECK_EVERY.plusSeconds(2).toMillis(), TimeUnit.MILLISECONDS))
                    .isTrue();
        } finally {
            other.stop();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
