package io.engineroom.notification.outbox;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, on threads of its own, one lane per channel: a mail server or webhook receiver that
 * is down or slow holds its own lane, never a job-executor thread, a request, or the other channels' deliveries. Each pass claims the due deliveries for this node, sends
 * each once outside any transaction, and records the outcome: sent, retried after backoff, or dead once its
 * attempts are used up. Every node runs it; the claims keep them from sending the same delivery twice.
 *
 * <p>A claim is renewed just before each attempt, so the lease ({@code engineroom.outbox.lease}) need only outlast
 * one attempt (the SMTP or HTTP timeouts), however long the batch behind a slow server takes. A node that dies
 * leaves its claims to run out; a delivery a dead node had handed to its server but not yet recorded is sent again
 * (at least once, never lost), with the same Message-ID or event id, so the copy is recognisably the same.
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final Map<DeliveryChannel, OutboundChannel> channels = new EnumMap<>(DeliveryChannel.class);
    private final OutboxSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final OutboxMeters meters;
    /** This node in claims: the JVM's name (pid@host) and a random part, so a restarted node is another claimer. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    /** One lane per channel, so a slow chat or webhook receiver never holds up e-mail, nor e-mail them. */
    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    /** Set by {@link #stop()}: the pass under way ends after its current attempt and gives back its other claims. */
    private volatile boolean stopping;

    OutboxWorker(OutboxStore store, List<OutboundChannel> channels, OutboxSettings settings,
            PlatformTransactionManager transactions, Clock clock, OutboxMeters meters) {
        this.store = store;
        this.meters = meters;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        scheduler.setThreadNamePrefix("outbox-");
        scheduler.setPoolSize(DeliveryChannel.values().length);
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        if (settings.enabled()) {
            start();
        }
    }

    /** Starts sending every poll interval (again after {@link #stop()}). */
    public synchronized void start() {
        if (running.isEmpty()) {
            stopping = false;
            for (DeliveryChannel lane : channels.keySet()) {
                running.add(scheduler.scheduleWithFixedDelay(() -> drainQuietly(lane), settings.pollInterval()));
            }
        }
    }

    /**
     * Stops sending, as a node that shuts down does: the pass under way ends after the attempt in progress and
     * gives back the claims it has not attempted, so another node need not wait for their lease to run out.
     */
    public synchronized void stop() {
        stopping = true;
        running.forEach(lane -> lane.cancel(false));
        running.clear();
    }

    @PreDestroy
    void shutdown() {
        stop();
        scheduler.shutdown();
    }

    /**
     * One pass: sends every delivery due now that no other node holds, a batch at a time.
     *
     * @return how many deliveries it attempted
     */
    public int drain() {
        return pass(null, () -> true);
    }

    /** One pass over one channel's deliveries (every channel's when null). */
    private int pass(DeliveryChannel lane, BooleanSupplier keepGoing) {
        int attempted = 0;
        List<OutboundDelivery> batch;
        do {
            Instant now = now();
            batch = store.claimDue(lane, now, now.plus(settings.lease()), node, settings.batchSize());
            for (int i = 0; i < batch.size(); i++) {
                OutboundDelivery delivery = batch.get(i);
                if (!keepGoing.getAsBoolean()) {
                    batch.subList(i, batch.size()).forEach(rest -> store.releaseClaim(rest, node));
                    return attempted;
                }
                // the batch's lease started when it was claimed: the attempts before this one may have used it up
                if (store.renewClaim(delivery, node, now().plus(settings.lease()))) {
                    attempt(delivery);
                    attempted++;
                }
            }
        } while (batch.size() == settings.batchSize());
        return attempted;
    }

    private void drainQuietly(DeliveryChannel lane) {
        try {
            pass(lane, () -> !stopping);
        } catch (RuntimeException e) {
            // the database is away for a moment: the next pass tries again, the claims expire meanwhile
            log.warn("Outbox pass failed: {}", e.toString());
        }
    }

    private void attempt(OutboundDelivery delivery) {
        OutboundChannel channel = channels.get(delivery.channel());
        DeliveryResult result;
        if (channel == null) {
            result = DeliveryResult.refused("No " + delivery.channel() + " channel on this node", null, null);
        } else {
            try {
                result = channel.deliver(delivery);
            } catch (RuntimeException e) {
                log.warn("Delivery {} ({}) failed: {}", delivery.id(), delivery.channel(), e.toString());
                result = DeliveryResult.retry(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                        null, null);
            }
        }
        DeliveryResult outcome = result;
        Instant at = now();
        if (outcome.sent()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> {
                boolean recorded = store.markSent(delivery, outcome, at);
                if (recorded) {
                    channel.onSent(delivery, at);
                }
                return recorded;
            }))) {
                meters.recorded(delivery.channel(), OutboxMeters.Result.SENT);
            }
            return;
        }
        int attemptsMade = delivery.attempts() + 1;
        Instant retryAt = outcome.permanent() || attemptsMade >= delivery.maxAttempts() ? null
                : at.plus(settings.backoffAfter(attemptsMade));
        OutboxStore.FailureRecord failure = transaction.execute(status -> {
            OutboxStore.FailureRecord recorded = store.markFailed(delivery, outcome, at, retryAt);
            if (channel != null && recorded != OutboxStore.FailureRecord.STALE) {
                channel.onFailed(delivery, outcome.error(), recorded == OutboxStore.FailureRecord.DEAD);
            }
            return recorded;
        });
        if (failure == OutboxStore.FailureRecord.RETRY || failure == OutboxStore.FailureRecord.DEAD) {
            meters.recorded(delivery.channel(), failure == OutboxStore.FailureRecord.DEAD ? OutboxMeters.Result.DEAD
                    : OutboxMeters.Result.RETRIED);
        }
    }

    /** Now, to the microsecond the database keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
