package io.engineroom.brand;

import io.engineroom.base.CacheStamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each brand's history retention as the engine reads it: when a process instance ends, Camunda asks for its removal
 * time inside its own command. So this is a plain JDBC read (no JPA, no transaction of its own: it joins the
 * engine's), kept for a minute so a burst of ending instances reads the table once. A change applies on this node
 * at once and on the other nodes of a cluster within {@link CacheStamps#CHECK_EVERY} of its commit: it moves the
 * {@value #CACHE} stamp, and every node drops its values when it sees the stamp move.
 */
@Component
public class BrandRetention {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;
    private static final Duration KEPT = Duration.ofMinutes(1);
    static final String CACHE = "brand-retention";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final CacheStamps stamps;

    BrandRetention(JdbcTemplate jdbc, Clock clock, CacheStamps stamps) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.stamps = stamps;
        stamps.onChange(CACHE, cache::clear);
    }

    /** Days the brand's finished history is kept; empty for no brand, an unknown one, or none set. */
    public Optional<Integer> days(String brandId) {
        if (brandId == null) {
            return Optional.empty();
        }
        Cached cached = cache.get(brandId);
        if (cached == null || cached.readAt().plus(KEPT).isBefore(clock.instant())) {
            List<Integer> found = jdbc.query("select history_retention_days from brand where id = ?",
                    (row, number) -> (Integer) row.getObject(1, Integer.class), brandId);
            cached = new Cached(found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0)),
                    clock.instant());
            cache.put(brandId, cached);
        }
        return cached.days();
    }

    /**
     * Drops the brand's cached value now and again once the change commits (a read in between saw the old one), and
     * tells the other nodes, in the transaction of the change.
     */
    void forget(String brandId) {
        stamps.changed(CACHE);
        cache.remove(brandId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.remove(brandId);
                }
            });
        }
    }

    private record Cached(Optional<Integer> days, Instant readAt) {
    }
}
