package io.engineroom.inbox.web;

import io.engineroom.base.ThreadNiceness;
import io.engineroom.inbox.InboxSettings;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.WebAsyncTask;

/**
 * The threads that store deliveries ({@code POST /api/interactions}): {@code engineroom.inbox.intake.delivery-threads}
 * per node, each {@code delivery-niceness} steps of CPU priority below people's requests, with a bounded line of
 * deliveries waiting their turn ({@value #WAITING_PER_THREAD} per thread; beyond it, 503 with Retry-After, nothing
 * stored). A delivery joins the line once its sender has proven who it is (token, or signature over the body): what
 * the line holds is the parsing, the channel's checks and the storing.
 *
 * <p>Why: a burst arrives from many senders at once. Stored on the web server's own threads, eight senders kept eight
 * deliveries and their database work running at the priority of everything else, and a person's Inbox read waited
 * behind them for the burst's seconds (p95 about 50 ms where the target is 20). On four threads below people's
 * requests, the same burst was accepted above 2 000 interactions a second on 2 cores, and the read got a core (README,
 * Performance). The web server's thread is free while a delivery waits here (Servlet async).
 */
@Component
class DeliveryThreads implements DisposableBean {

    static final int WAITING_PER_THREAD = 50;

    /**
     * Longer than any delivery takes, its wait in line included (a full line on four threads is a few seconds of
     * work); beyond it the sender is told to send again rather than hold its connection open.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ThreadPoolTaskExecutor executor;

    @Autowired
    DeliveryThreads(InboxSettings settings) {
        this(settings.intake().deliveryThreads(), settings.intake().deliveryNiceness());
    }

    DeliveryThreads(int threads, int niceness) {
        executor = new ThreadPoolTaskExecutor() {
            @Override
            public Thread newThread(Runnable work) {
                return super.newThread(() -> {
                    ThreadNiceness.lowerCurrentThread(niceness);
                    work.run();
                });
            }
        };
        executor.setThreadNamePrefix("delivery-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(threads * WAITING_PER_THREAD);
        executor.setDaemon(true);
        executor.initialize();
    }

    /**
     * The delivery to run on one of these threads, as Spring MVC takes it from a handler; the answer is sent when it
     * is done. A full line refuses it with {@link org.springframework.core.task.TaskRejectedException}.
     */
    <T> WebAsyncTask<T> store(Callable<T> delivery) {
        return new WebAsyncTask<>(TIMEOUT.toMillis(), executor, delivery);
    }

    /** Deliveries being stored or waiting in line for a thread, on this node. */
    int inLine() {
        return executor.getActiveCount() + executor.getQueueSize();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
