package io.engineroom.listening;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Polls the brands' public sources every {@code engineroom.listening.poll-interval} (default 5 minutes: public
 * timelines are not a firehose Engine Room has to drink from, and servers rate-limit), from when the application is
 * ready. Off with {@code engineroom.listening.poll-enabled=false} (the tests, which poll when they mean to).
 */
@Component
@ConditionalOnProperty(name = "engineroom.listening.poll-enabled", havingValue = "true", matchIfMissing = true)
class ListeningSchedule {

    private final SocialListening listening;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ListeningSchedule(SocialListening listening,
            @Value("${engineroom.listening.poll-interval:PT5M}") Duration interval) {
        this.listening = listening;
        this.interval = interval;
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
