package io.engineroom.listening;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Polls the brands' public sources every {@code engineroom.listening.poll-interval} ({@link ListeningSettings}),
 * from when the application is ready. Off with {@code engineroom.listening.poll-enabled=false} (the tests, which
 * poll when they mean to).
 */
@Component
@ConditionalOnProperty(name = "engineroom.listening.poll-enabled", havingValue = "true", matchIfMissing = true)
class ListeningSchedule {

    private final SocialListening listening;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ListeningSchedule(SocialListening listening, ListeningSettings settings) {
        this.listening = listening;
        this.interval = settings.pollInterval();
        scheduler.setThreadNamePrefix("social-listening-");
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
