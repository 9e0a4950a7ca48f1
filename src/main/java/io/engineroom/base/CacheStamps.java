package io.engineroom.base;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps in-memory caches of database state in step across the nodes of a cluster: a change stamp per cache in table
 * {@code cache_stamp} (migration V53). Whoever changes what a cache holds calls {@link #changed}, in the transaction
 * that makes the change, so the stamp moves exactly when the change commits. Every node reads all stamps every
 * {@link #CHECK_EVERY} and, for each cache whose stamp moved since its last look, runs what the cache registered
 * with {@link #onChange} (drop its values, reload). So a change made on one node reaches every node's caches at most
 * {@link #CHECK_EVERY} after it commits, plus the time of one check (one small query).
 *
 * <p>Chosen over PostgreSQL's LISTEN/NOTIFY because it works the same on H2, the default database, needs no
 * connection held open per node, and misses nothing while a node's connection is down: the next check sees the
 * stamp. A cache that is cheap to read again should rather not be a cache.
 */
@Component
public class CacheStamps {

    /** How often every node looks at the stamps: the bound on how stale another node's cache can be. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(CacheStamps.class);

    private final JdbcTemplate jdbc;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public CacheStamps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        scheduler.setThreadNamePrefix("cache-stamps-");
        scheduler.setDaemon(true);
        scheduler.initialize();
    }

    /**
     * Says that what cache {@code cache} holds has changed: in the caller's transaction if there is one, so other
     * nodes see the stamp move when the change commits (not before, when they would read the old value again).
     */
    public void changed(String cache) {
        if (jdbc.update("update cache_stamp set version = version + 1 where name = ?", cache) == 0) {
            try {
                jdbc.update("insert into cache_stamp (name, version) values (?, 1)", cache);
            } catch (DuplicateKeyException anotherNodeFirst) {
                jdbc.update("update cache_stamp set version = version + 1 where name = ?", cache);
            }
        }
    }

    /**
     * Runs {@code drop} on this node's stamp-checking thread whenever another node (or this one) changed the cache;
     * also at the first check after start, as a change may have come between this node's first read and it.
     */
    public void onChange(String cache, Runnable drop) {
        listeners.computeIfAbsent(cache, name -> new CopyOnWriteArrayList<>()).add(drop);
    }

    /** Starts checking every {@link #CHECK_EVERY}. */
    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        scheduler.scheduleWithFixedDelay(this::checkQuietly, CHECK_EVERY);
    }

    @PreDestroy
    public void stop() {
        scheduler.shutdown();
    }

    /**
     * One look at the stamps: runs the listeners of every cache whose stamp moved since this node's last look.
     *
     * @return the caches whose stamp moved
     */
    public synchronized Set<String> check() {
        Set<String> moved = new LinkedHashSet<>();
        jdbc.query("select name, version from cache_stamp", row -> {
            String name = row.getString(1);
            Long version = row.getLong(2);
            if (!Objects.equals(seen.put(name, version), version)) {
                moved.add(name);
            }
        });
        for (String name : moved) {
            for (Runnable drop : listeners.getOrDefault(name, List.of())) {
                try {
                    drop.run();
                } catch (RuntimeException e) {
                    // one cache failing must not keep the others stale; forgetting the stamp tries it at the next check
                    seen.remove(name);
                    LOG.warn("Cache {} could not take a change in: {}", name, e.toString());
                }
            }
        }
        return moved;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // the database is away for a moment: the next check sees every stamp that moved meanwhile
            LOG.warn("Cache stamps not checked: {}", e.toString());
        }
    }
}
