package io.engineroom.publishing.connect;

import io.engineroom.base.OneNodeAtATime;
import io.engineroom.publishing.PlatformTokens;
import io.engineroom.publishing.PublishingSettings;
import io.engineroom.publishing.domain.OAuthAuthorizationRepository;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Refreshes the platform accounts' tokens ahead of their expiry every {@code engineroom.publishing.token-refresh-
 * interval} (5 min), those expiring within {@code engineroom.publishing.token-refresh-ahead} (30 min), so a publish
 * or a poll seldom waits for a refresh, and a token the platform refuses becomes a task while nobody is posting
 * yet. Off with {@code engineroom.publishing.token-refresh-enabled=false} (the tests call {@link #run} themselves).
 *
 * <p>With several nodes, a round runs on one node at a time ({@link OneNodeAtATime}, lock {@code token-refresh},
 * held nine tenths of the interval from its start): the round is then one node's work, rather than every node
 * walking the same accounts and queueing on each channel's row lock, which is what keeps a refresh token from being
 * spent twice (brand's {@code ChannelTokens}, also for a publish or poll that refreshes on its own). A node that
 * dies mid-round leaves the next round to another once its lock ends (nine tenths of the interval after its last
 * renewal at the most).
 */
@Component
@ConditionalOnProperty(name = "engineroom.publishing.token-refresh-enabled", havingValue = "true",
        matchIfMissing = true)
class TokenRefreshSchedule {

    /** OAuth authorizations are kept this long for their outcome, then deleted. */
    static final Duration KEEP_AUTHORIZATIONS = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(TokenRefreshSchedule.class);

    private final PlatformTokens tokens;
    private final OAuthAuthorizationRepository authorizations;
    private final Duration ahead;
    private final Duration interval;
    private final Clock clock;
    private final OneNodeAtATime oneNode;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    TokenRefreshSchedule(PlatformTokens tokens, OAuthAuthorizationRepository authorizations,
            PublishingSettings publishing, AccountSettings settings, Clock clock, OneNodeAtATime oneNode) {
        this.tokens = tokens;
        this.authorizations = authorizations;
        this.ahead = publishing.publishing().tokenRefreshAhead();
        this.interval = settings.tokenRefreshInterval();
        this.clock = clock;
        this.oneNode = oneNode;
        scheduler.setThreadNamePrefix("token-refresh-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::runSafely, scheduler.getClock().instant().plus(interval), interval);
    }

    /** One round: refreshes what expires soon; returns how many tokens it refreshed. */
    int run() {
        int refreshed = tokens.refreshExpiring(ahead);
        forgetOldAuthorizations();
        return refreshed;
    }

    void forgetOldAuthorizations() {
        authorizations.deleteCreatedBefore(clock.instant().minus(KEEP_AUTHORIZATIONS));
    }

    private void runSafely() {
        try {
            oneNode.run("token-refresh", OneNodeAtATime.heldBetweenRuns(interval), this::run);
        } catch (RuntimeException e) {
            // a failed round must not end the schedule (a scheduled task that throws is never run again)
            LOG.warn("Token refresh round failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }
}
