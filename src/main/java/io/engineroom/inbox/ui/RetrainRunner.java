package io.engineroom.inbox.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a classifier retraining off the request thread, as the admin who asked (the service checks who is asking,
 * and reads the corrections of the admin's brands). One thread: a retraining embeds thousands of texts, and two at
 * once would only share the same cores; the service refuses a second one on this node anyway.
 */
@Component
class RetrainRunner {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "classifier-retraining");
        thread.setDaemon(true);
        return thread;
    });

    void run(Runnable retraining) {
        pool.execute(new DelegatingSecurityContextRunnable(retraining, SecurityContextHolder.getContext()));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
