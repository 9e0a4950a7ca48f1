package io.engineroom.base;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that runs on one node of a cluster at a time: a ShedLock lock row per task in table
 * {@code shedlock} (migration V53), on the database every node shares, its end in the database's time so nodes
 * whose clocks differ still agree. Not a lock of our own: ShedLock's JDBC provider does the conditional update.
 *
 * <p>A run holds its lock while it runs, however long: ShedLock's keep-alive renews the lock every half of
 * {@link #HELD_AT_MOST}. A node that dies mid-run stops renewing, and its lock ends at most {@link #HELD_AT_MOST}
 * (or {@code atLeastFor}, where longer) after the last renewal: then another node's next scheduled run takes the
 * task over. The lock is also held at
 * least {@code atLeastFor} from the start of a run, so nodes whose schedules tick at different moments do not run
 * the same poll once each per interval: the cluster as a whole runs it about once an interval, as one node did.
 */
@Component
public class OneNodeAtATime {

    /**
     * How long a dead node's lock outlives it (while the node lives, its lock is renewed every 30 s). Long enough
     * that a database pause of a few seconds never lets a lock lapse under a running task; short enough that the
     * polls a dead node held resume within a minute. ShedLock's keep-alive needs at least 30 s.
     */
    public static final Duration HELD_AT_MOST = Duration.ofSeconds(60);

    private final LockProvider locks;
    private final ScheduledExecutorService keepAlive;

    @Autowired
    OneNodeAtATime(JdbcTemplate jdbc) {
        this(jdbc, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** @param node this node in the lock rows' {@code locked_by} (the JVM's pid@host), for someone reading them */
    public OneNodeAtATime(JdbcTemplate jdbc, String node) {
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "lock-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        this.locks = new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder()
                .withJdbcTemplate(jdbc)
                .usingDbTime()
                .withLockedByValue(node + "/" + UUID.randomUUID().toString().substring(0, 8))
                .build()), keepAlive);
    }

    /**
     * Runs {@code work} on this thread unless the task's lock is held: by another node running it, or by a run
     * that started less than {@code atLeastFor} ago anywhere in the cluster.
     *
     * @param task       the lock's name (at most 64 characters), one per kind of work
     * @param atLeastFor how long from its start a run keeps the task from running again (zero: only while it runs)
     * @return whether this node ran it
     */
    public boolean run(String task, Duration atLeastFor, Runnable work) {
        Duration atMostFor = atLeastFor.compareTo(HELD_AT_MOST) > 0 ? atLeastFor : HELD_AT_MOST;
        // ShedLock's own clock, which its keep-alive compares with (the lock's end itself is the database's time)
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(ClockProvider.now(), task, atMostFor,
                atLeastFor));
        if (lock.isEmpty()) {
            return false;
        }
        try {
            work.run();
        } finally {
            lock.get().unlock();
        }
        return true;
    }

    /**
     * The {@code atLeastFor} for work scheduled every {@code interval}: nine tenths of it, so the node that ran
     * last is free to run again at its next tick (which comes a full interval after its run ended).
     */
    public static Duration heldBetweenRuns(Duration interval) {
        return interval.minus(interval.dividedBy(10));
    }

    @PreDestroy
    void stop() {
        keepAlive.shutdownNow();
    }
}
