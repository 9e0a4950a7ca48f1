package io.engineroom.inbox;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The Inbox screen's reads in progress on this node, so the intake's work steps aside for them: before each queued
 * interaction it classifies or starts, a worker waits while someone's Inbox is being read here, at most
 * {@code engineroom.inbox.intake.reader-pause} per interaction. On two cores a burst's drain keeps both busy (the
 * workers and their database sessions), and a person's read, a few short statements, waits for a core at every round
 * trip (p95 76 ms while a 20 000 burst drained, README, Performance). Stepping aside costs the drain what the reads
 * take, bounded by the pause; the rows a worker claimed stay claimed meanwhile, nothing else changes.
 * <p>Only this node's reads and workers meet here: another node's workers do not slow this node's database more
 * than its own would, and its readers have their own workers to hold back.
 */
@Component
class InboxReaders {

    private final Duration pause;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition noneReading = lock.newCondition();
    private int reading;

    @Autowired
    InboxReaders(InboxSettings settings) {
        this(settings.intake().readerPause());
    }

    InboxReaders(Duration pause) {
        this.pause = pause;
    }

    /** A read of the Inbox begins; closing it ends it (try-with-resources). */
    Read reading() {
        lock.lock();
        try {
            reading++;
        } finally {
            lock.unlock();
        }
        return this::done;
    }

    private void done() {
        lock.lock();
        try {
            if (--reading == 0) {
                noneReading.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits while a read is in progress, at most the pause: called by the intake between two interactions.
     *
     * @return whether it waited
     */
    boolean stepAside() {
        if (pause.isZero()) {
            return false;
        }
        lock.lock();
        try {
            long left = pause.toNanos();
            boolean waited = false;
            while (reading > 0 && left > 0) {
                waited = true;
                left = noneReading.awaitNanos(left);
            }
            return waited;
        } catch (InterruptedException interrupted) {
            // a stopping worker is interrupted only when it did not finish in time: go on, the caller winds down
            Thread.currentThread().interrupt();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a read is in progress now (for tests). */
    boolean anyReading() {
        lock.lock();
        try {
            return reading > 0;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the intake is waiting for the reads now (for tests). */
    boolean anyStepAside() {
        lock.lock();
        try {
            return lock.hasWaiters(noneReading);
        } finally {
            lock.unlock();
        }
    }

    /** One read in progress. */
    @FunctionalInterface
    interface Read extends AutoCloseable {
        @Override
        void close();
    }
}
