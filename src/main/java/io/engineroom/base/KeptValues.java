package io.engineroom.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database and kept in memory until what they were read from changes, for reads that run on
 * every SOP start and almost never change (which version is live, a brand's business hours). Whoever changes the
 * source calls {@link #changed()} in the transaction that makes the change: this node drops its values at once and
 * again when that transaction ends, the other nodes when they see the {@link CacheStamps} stamp move (within
 * {@link CacheStamps#CHECK_EVERY} of the commit).
 *
 * <p>A value is kept only if nothing changed while it was read (a generation number that every change moves), so a
 * read that raced a commit is never kept; and nothing is kept while a change on this node is uncommitted, since a
 * read in that transaction sees its own uncommitted state.
 *
 * @param <K> what a value is looked up by
 * @param <V> the value (immutable: it is shared by every thread)
 */
public final class KeptValues<K, V> {

    private final CacheStamps stamps;
    private final String cache;
    private final Map<K, Kept<V>> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger changesInFlight = new AtomicInteger();

    /** Values kept under the stamp named {@code cache} (one name per kind of value). */
    public KeptValues(CacheStamps stamps, String cache) {
        this.stamps = stamps;
        this.cache = cache;
        stamps.onChange(cache, this::dropAll);
    }

    /** The value kept for the key, else {@code read}'s, kept if nothing changed meanwhile. */
    public V get(K key, Function<K, V> read) {
        long before = current();
        Kept<V> kept = values.get(key);
        if (kept != null && before >= 0 && kept.generation() == before) {
            return kept.value();
        }
        V value = read.apply(key);
        if (before >= 0 && current() == before) {
            values.put(key, new Kept<>(before, value));
        }
        return value;
    }

    /** What is kept may be wrong from now on: called in the transaction that changes the source, if there is one. */
    public void changed() {
        stamps.changed(cache);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            changesInFlight.incrementAndGet();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    dropAll();
                    changesInFlight.decrementAndGet();
                }
            });
        }
        dropAll();
    }

    private void dropAll() {
        generation.incrementAndGet();
        values.clear();
    }

    /** The generation values read now belong to; -1 while a change on this node is uncommitted (keep nothing). */
    private long current() {
        long now = generation.get();
        return changesInFlight.get() > 0 ? -1 : now;
    }

    private record Kept<V>(long generation, V value) {
    }
}
