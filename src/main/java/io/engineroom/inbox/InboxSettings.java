package io.engineroom.inbox;

import io.engineroom.inbox.web.IntakeRateLimitSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.inbox.*}: the inbox module's settings in one record, so IDEs complete them.
 *
 * @param mastodonPollEnabled  false: Mastodon mentions are not polled on a schedule (the tests poll when they mean
 *                             to); read by the poller's condition, which is decided before this record exists
 * @param mastodonPollInterval how often Mastodon channels' mentions are polled; a zero or negative one cannot be
 *                             scheduled
 * @param platformPollEnabled  false: the platform channels' streams (Bluesky, X, LinkedIn, ...) are not polled on
 *                             a schedule (the tests poll when they mean to)
 * @param platformPollInterval how often each platform channel's streams are polled
 * @param intake               the intake API's limits ({@code engineroom.inbox.intake.rate-limit.*})
 */
@Validated
@ConfigurationProperties("engineroom.inbox")
public record InboxSettings(@DefaultValue("true") boolean mastodonPollEnabled,
        @DefaultValue("60s") @DurationMin(millis = 1) Duration mastodonPollInterval,
        @DefaultValue("true") boolean platformPollEnabled,
        @DefaultValue("60s") @DurationMin(millis = 1) Duration platformPollInterval,
        @DefaultValue @Valid Intake intake) {

    /**
     * @param rateLimit            how many deliveries {@code POST /api/interactions} takes
     * @param workers              threads per node that classify queued interactions and start their SOPs (0: this
     *                             node only accepts; another node's workers drain the queue)
     * @param batch                queued interactions one worker takes per transaction
     * @param poll                 how often an idle worker looks for work that another node accepted (this node's
     *                             own deliveries wake it at once)
     * @param maxBacklogPerChannel a channel's deliveries are refused (429) while this many of its interactions wait
     *                             in the intake queue; an admin may set a channel's own ({@link IntakeBacklog})
     * @param readerPause          how long the intake waits at most, before each interaction it classifies or starts,
     *                             while someone's Inbox is being read on this node ({@link InboxReaders}); 0: never
     * @param workerNiceness       how many steps lower the workers' CPU priority is than the requests' (Linux nice
     *                             value, 0 to 19; 0: the same): under a burst they take only the cores requests
     *                             leave
     * @param deliveryThreads      how many deliveries a node stores at once; more wait their turn (at most
     *                             {@code 50 ×} this many, then 503 with Retry-After): a burst from eight senders runs
     *                             this many deliveries at a time, not eight, and people's requests find a core
     * @param deliveryNiceness     how many steps lower those threads' CPU priority is than people's requests' (0 to
     *                             19; 0: the same)
     */
    public record Intake(@DefaultValue @NestedConfigurationProperty IntakeRateLimitSettings rateLimit,
            @DefaultValue("2") @Min(0) @Max(16) int workers,
            @DefaultValue("20") @Min(1) @Max(500) int batch,
            @DefaultValue("1s") @DurationMin(millis = 10) Duration poll,
            @DefaultValue("50000") @Min(1) int maxBacklogPerChannel,
            @DefaultValue("0s") Duration readerPause,
            @DefaultValue("10") @Min(0) @Max(19) int workerNiceness,
            @DefaultValue("4") @Min(1) @Max(64) int deliveryThreads,
            @DefaultValue("5") @Min(0) @Max(19) int deliveryNiceness) {
    }
}
