package io.engineroom.audit.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs audit exports off the request thread, two at a time, as the person who asked: the export's service checks
 * who is asking on every page, so the signed-in person travels with the work. A pool of its own: the engine's job
 * executor must not wait behind a large export, nor an export behind timers.
 */
@Component
class ExportRunner {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "audit-export-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void run(Runnable export) {
        pool.execute(new DelegatingSecurityContextRunnable(export, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
