package io.engineroom.listening;

import io.engineroom.base.OneNodeAtATime;
import io.engineroom.base.PollSchedule;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    private final PollSchedule schedule;

    ListeningSchedule(SocialListening listening, ListeningSettings settings, OneNodeAtATime oneNode) {
        this.schedule = new PollSchedule("social-listening", oneNode);
        this.listening = listening;
        this.interval = settings.pollInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        schedule.every(interval, listening::pollAll);
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }
}
