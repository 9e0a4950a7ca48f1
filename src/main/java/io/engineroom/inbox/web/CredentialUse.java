package io.engineroom.inbox.web;

import io.engineroom.inbox.domain.IntakeCredentialRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Records when a channel's intake credential last authenticated a delivery, for the Channels screen's "last used".
 * A busy channel delivers many times a minute, so the time is written at most once a minute per channel: this node
 * remembers what it wrote, and the update itself changes nothing when any node wrote within the minute.
 */
@Component
class CredentialUse {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

    private final IntakeCredentialRepository credentials;
    private final Clock clock;
    private final Map<Long, Instant> written = new ConcurrentHashMap<>();

    CredentialUse(IntakeCredentialRepository credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    void used(long channelId) {
        Instant now = clock.instant();
        Instant last = written.get(channelId);
        if (last != null && last.isAfter(now.minus(RESOLUTION)) && !last.isAfter(now)) {
            return;
        }
        credentials.recordUse(channelId, now, now.minus(RESOLUTION));
        written.put(channelId, now);
    }
}
