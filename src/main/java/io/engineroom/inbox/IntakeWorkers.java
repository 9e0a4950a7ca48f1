package io.engineroom.inbox;

import io.engineroom.base.ThreadNiceness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The threads on this node that drain the intake queue: each takes a batch to classify if there is one, else a
 * batch whose SOPs are to start, else waits until this node accepts something or the poll interval has passed
 * (another node may have). Classifying first means a burst is read (and a spike seen) well before all its SOPs run.
 * Nothing is held in memory between passes: whatever a worker has not committed is still in the queue.
 */
@Component
class IntakeWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeWorkers.class);

    private final IntakeWork work;
    private final InboxSettings.Intake settings;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private long wakeUps;

    IntakeWorkers(IntakeWork work, InboxSettings settings) {
        this.work = work;
        this.settings = settings.intake();
    }

    /** New rows are committed: idle workers look at once instead of at their next poll. */
    void wake() {
        lock.lock();
        try {
            wakeUps++;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= settings.workers(); i++) {
            Thread thread = new Thread(this::drain, "intake-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        // idle workers return at once; a pass in flight is let finish (commit or roll back) rather than interrupted
        // halfway through a statement
        wake();
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
                if (thread.isAlive()) {
                    thread.interrupt();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the database and the engine do (higher phases stop first). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void drain() {
        ThreadNiceness.lowerCurrentThread(settings.workerNiceness());
        while (running) {
            long seen = wakeUpsSoFar();
            try {
                if (work.pass(IntakeStages.Stage.CLASSIFY, settings.batch(), null) == 0
                        && work.pass(IntakeStages.Stage.START, settings.batch(), null) == 0) {
                    idle(seen);
                }
            } catch (RuntimeException failed) {
                // the database is away or the engine refuses: the rows stay queued, try again after a pause
                LOG.warn("Intake worker pass failed; retrying after {}", settings.poll(), failed);
                idle(seen);
            }
        }
    }

    private long wakeUpsSoFar() {
        lock.lock();
        try {
            return wakeUps;
        } finally {
            lock.unlock();
        }
    }

    private void idle(long seen) {
        lock.lock();
        try {
            if (wakeUps == seen && running) {
                arrived.await(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            // only a worker stop() gave up waiting for is interrupted; the loop sees running turned off (the flag is
            // cleared, so a stray interrupt while running costs one early look, not a busy loop)
        } finally {
            lock.unlock();
        }
    }
}
