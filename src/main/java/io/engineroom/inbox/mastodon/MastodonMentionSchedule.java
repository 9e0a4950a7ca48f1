package io.engineroom.inbox.mastodon;

import jakarta.annotation.PreDestroy;
import io.engineroom.inbox.InboxSettings;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Polls the Mastodon channels' mentions every {@code engineroom.inbox.mastodon-poll-interval} (default 60 s),
 * starting once the application is ready. Off with {@code engineroom.inbox.mastodon-poll-enabled=false} (the
 * tests, which poll when they mean to).
 */
@Component
@ConditionalOnProperty(name = "engineroom.inbox.mastodon-poll-enabled", havingValue = "true", matchIfMissing = true)
class MastodonMentionSchedule {

    private final MastodonMentions mentions;
    private final Duration interval;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    MastodonMentionSchedule(MastodonMentions mentions, InboxSettings settings) {
        this.mentions = mentions;
        this.interval = settings.mastodonPollInterval();
        scheduler.setThreadNamePrefix("mastodon-mentions-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // the scheduler compares the first run with its own clock, so the start is taken from that clock
        scheduler.scheduleWithFixedDelay(mentions::pollAll, scheduler.getClock().instant().plus(interval), interval);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }
}
