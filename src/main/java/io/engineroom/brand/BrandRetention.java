package io.engineroom.brand;

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
 * engine's), kept for a minute so a burst of ending instances reads the table once; a change on this node applies
 * at once, on other nodes of a cluster within the minute.
 */
@Component
public class BrandRetention {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;
    private static final Duration KEPT = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    BrandRetention(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    /** Drops the brand's cached value now and again once the change commits (a read in between saw the old one). */
    void forget(String brandId) {
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
