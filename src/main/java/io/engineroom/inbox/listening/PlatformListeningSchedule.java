package io.engineroom.inbox.listening;

import io.engineroom.base.OneNodeAtATime;
import io.engineroom.base.PollSchedule;
import io.engineroom.inbox.InboxSettings;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
    private final PollSchedule schedule;

    PlatformListeningSchedule(PlatformListening listening, InboxSettings settings, OneNodeAtATime oneNode) {
        this.schedule = new PollSchedule("platform-listening", oneNode);
        this.listening = listening;
        this.interval = settings.platformPollInterval();
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
