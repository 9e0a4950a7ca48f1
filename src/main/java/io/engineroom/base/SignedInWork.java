package io.engineroom.base;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs long work off the request thread as the person who asked: services check who is asking on every call, so the
 * signed-in person travels with the work. Each kind of work gets a pool of its own (a subclass, one bean): the
 * engine's job executor must not wait behind a large export, nor a retraining behind an export. Daemon threads,
 * stopped with the application.
 */
public abstract class SignedInWork {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool;

    protected SignedInWork(String name, int size) {
        pool = Executors.newFixedThreadPool(size, work -> {
            Thread thread = new Thread(work, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues {@code work} to run as the person signed in on the calling thread. */
    public void run(Runnable work) {
        pool.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    public void stop() {
        pool.shutdownNow();
    }
}
