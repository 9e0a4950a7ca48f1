package io.engineroom.inbox.mastodon;

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
 * Polls the Mastodon channels' mentions every {@code engineroom.inbox.mastodon-poll-interval} (default 60 s),
 * starting once the application is ready. Off with {@code engineroom.inbox.mastodon-poll-enabled=false} (the
 * tests, which poll when they mean to).
 */
@Component
@ConditionalOnProperty(name = "engineroom.inbox.mastodon-poll-enabled", havingValue = "true", matchIfMissing = true)
class MastodonMentionSchedule {

    private final MastodonMentions mentions;
    private final Duration interval;
    private final PollSchedule schedule;

    MastodonMentionSchedule(MastodonMentions mentions, InboxSettings settings, OneNodeAtATime oneNode) {
        this.schedule = new PollSchedule("mastodon-mentions", oneNode);
        this.mentions = mentions;
        this.interval = settings.mastodonPollInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        schedule.every(interval, mentions::pollAll);
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }
}
