package io.engineroom.inbox.listening;

import io.engineroom.inbox.InboxSettings;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Polls the platform channels' streams every {@code engineroom.inbox.platform-poll-interval} (default 60 s), from
 * when the application is ready. Off with {@code engineroom.inbox.platform-poll-enabled=false} (the tests, which
 * poll when they mean to).
 */
@Component
@ConditionalOnProperty(name = "engineroom.inbox.platform-poll-enabled", havingValue = "true", matchIfMissing = true)
class PlatformListeningSchedule {

    private final PlatformListening listening;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    PlatformListeningSchedule(PlatformListening listening, InboxSettings settings) {
        this.listening = listening;
        this.interval = settings.platformPollInterval();
        scheduler.setThreadNamePrefix("platform-listening-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(listening::pollAll, scheduler.getClock().instant().plus(interval), interval);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }
}
