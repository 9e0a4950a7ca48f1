package io.engineroom.notification.digest;

import io.engineroom.base.OneNodeAtATime;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Looks for due daily digests every {@code engineroom.digest.interval} on a thread of its own, like the outbox
 * worker: composing digests never holds a request or a job-executor thread, and the e-mails themselves go out
 * through the outbox. Switched off with {@code engineroom.digest.enabled=false}.
 *
 * <p>With several nodes, a pass runs on one node at a time ({@link OneNodeAtATime}, lock {@code daily-digest}, held
 * nine tenths of the interval from its start): one node reads everyone's preferences each interval rather than
 * every node. A digest would not go out twice even without the lock ({@link DailyDigest} claims each person's day);
 * the lock saves the other nodes the reading. A node that dies mid-pass leaves the next pass to another node within
 * {@link OneNodeAtATime#HELD_AT_MOST}.
 */
@Component
class DigestWorker {

    private static final Logger log = LoggerFactory.getLogger(DigestWorker.class);

    private final DailyDigest digest;
    private final DigestSettings settings;
    private final OneNodeAtATime oneNode;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private ScheduledFuture<?> running;

    DigestWorker(DailyDigest digest, DigestSettings settings, OneNodeAtATime oneNode) {
        this.digest = digest;
        this.settings = settings;
        this.oneNode = oneNode;
        scheduler.setThreadNamePrefix("digest-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startWhenReady() {
        if (settings.enabled() && running == null) {
            running = scheduler.scheduleWithFixedDelay(this::sendQuietly, settings.interval());
        }
    }

    @PreDestroy
    synchronized void shutdown() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
        scheduler.shutdown();
    }

    private void sendQuietly() {
        try {
            oneNode.run("daily-digest", OneNodeAtATime.heldBetweenRuns(settings.interval()), digest::sendDue);
        } catch (RuntimeException e) {
            // the database is away for a moment: the next pass tries again, and nothing was half-sent
            log.warn("Daily digest pass failed: {}", e.toString());
        }
    }
}
