package io.engineroom.inbox;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake's durable queue as the intake sees it: what was delivered before, queueing new interactions (the
 * workers are woken once they are committed), and working given interactions through at once for a caller that
 * needs their SOPs running before it goes on.
 */
@Service
class IntakeQueue {

    /** How long {@link #startNow} waits for rows a worker of this or another node is working on. */
    private static final Duration WAIT_FOR_WORKERS = Duration.ofSeconds(60);

    private final IntakeQueueStore store;
    private final IntakeWork work;
    private final IntakeWorkers workers;

    IntakeQueue(IntakeQueueStore store, IntakeWork work, IntakeWorkers workers) {
        this.store = store;
        this.work = work;
        this.workers = workers;
    }

    /** Of these external ids of a channel, those delivered before (queued or stored), with their interaction ids. */
    public Map<String, String> known(long channelId, Collection<String> externalIds) {
        return store.known(channelId, externalIds);
    }

    /** The interactions a channel has queued, not set aside. */
    List<String> queuedOf(long channelId) {
        return store.queuedOf(channelId);
    }

    Optional<IntakeStatus> status(long channelId, String interactionId) {
        return store.status(channelId, interactionId);
    }

    /** Queues them in the caller's transaction; this node's workers start on them as soon as it commits. */
    public void add(List<QueuedInteraction> queued) {
        store.add(queued);
        wakeWorkersAfterCommit();
    }

    /** This node's workers look at the queue as soon as the caller's transaction commits (at once without one). */
    void wakeWorkersAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workers.wake();
                }
            });
        } else {
            workers.wake();
        }
    }

    /**
     * Classifies these queued interactions and starts their SOPs in the calling thread, through the same passes
     * the workers run; returns once none of them is queued any more (one a worker holds is waited for, up to a
     * minute). Ids no longer queued are already done.
     *
     * @throws IllegalStateException when some are still queued after the wait, or were set aside as failing
     */
    public void startNow(Collection<String> interactionIds) {
        if (interactionIds.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(interactionIds);
        long deadline = System.nanoTime() + WAIT_FOR_WORKERS.toNanos();
        while (store.pending(ids) > 0) {
            int taken = work.pass(IntakeStages.Stage.CLASSIFY, ids.size(), ids) + work.pass(IntakeStages.Stage.START, ids.size(), ids);
            if (taken == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Interactions still queued after " + WAIT_FOR_WORKERS + ": "
                            + ids);
                }
                pause();
            }
        }
        if (store.parked(ids) > 0) {
            throw new IllegalStateException("Some of these interactions failed three times and were set aside: "
                    + ids);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the intake's workers", interrupted);
        }
    }
}
