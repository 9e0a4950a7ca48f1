package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class KeptValuesTest {

    final Stamps stamps = new Stamps();
    final KeptValues<String, String> kept = new KeptValues<>(stamps, "test-cache");
    final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void stop() {
        stamps.stop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aValueIsReadOnceAndThenKept() {
        assertThat(kept.get("a", this::read)).isEqualTo("a1");
        assertThat(kept.get("a", this::read)).isEqualTo("a1");
        assertThat(kept.get("b", this::read)).isEqualTo("b2");

        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeOnThisNodeMovesTheStampAndDropsWhatWasKept() {
        kept.get("a", this::read);

        kept.changed();

        assertThat(stamps.moved).containsExactly("test-cache");
        assertThat(kept.get("a", this::read)).isEqualTo("a2");
    }

    @Test
    void aChangeOnAnotherNodeDropsWhatWasKeptWhenItsStampIsSeen() {
        kept.get("a", this::read);

        stamps.drops.forEach(Runnable::run);

        assertThat(kept.get("a", this::read)).isEqualTo("a2");
        assertThat(stamps.moved).isEmpty();
    }

    @Test
    void nothingIsKeptWhileAChangeIsUncommittedAndTheCommittedStateIsReadAfter() {
        TransactionSynchronizationManager.initSynchronization();
        kept.changed();

        kept.get("a", this::read);
        kept.get("a", this::read);
        assertThat(reads).as("the change's own transaction may read its uncommitted state").hasValue(2);

        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(one -> one.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        assertThat(kept.get("a", this::read)).isEqualTo("a3");
        assertThat(kept.get("a", this::read)).isEqualTo("a3");
    }

    @Test
    void aValueReadWhileAChangeCameInIsNotKept() {
        assertThat(kept.get("a", key -> {
            kept.changed();
            return read(key);
        })).isEqualTo("a1");

        assertThat(kept.get("a", this::read)).isEqualTo("a2");
    }

    private String read(String key) {
        return key + reads.incrementAndGet();
    }

    /** The stamps without a database: what moved, and the drops a stamp seen moving would run. */
    static final class Stamps extends CacheStamps {

        final List<String> moved = new ArrayList<>();
        final List<Runnable> drops = new ArrayList<>();

        Stamps() {
            super(null);
        }

        @Override
        public void changed(String cache) {
            moved.add(cache);
        }

        @Override
        public void onChange(String cache, Runnable drop) {
            drops.add(drop);
        }
    }
}
