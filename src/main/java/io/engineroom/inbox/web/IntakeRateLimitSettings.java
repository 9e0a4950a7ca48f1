package io.engineroom.inbox.web;

import java.time.Duration;
import java.util.Map;

/**
 * {@code engineroom.inbox.intake.rate-limit.*} (part of {@link io.engineroom.inbox.InboxSettings}): how many deliveries {@code POST /api/interactions} takes, as token
 * buckets (a bucket holds {@code burst} requests and refills {@code requests} every {@code per}).
 *
 * <p>Per channel (after authentication) the default is 50 a second with bursts of 500: a post going viral sends
 * hundreds of comments within seconds, each delivery carries up to 500 interactions, and what is refused has to
 * be sent again later, so the limit catches a runaway sender, not a busy day. Per address (before
 * authentication, failed attempts counted too) 100 a second with bursts of 1000: one relay often delivers for
 * many channels from one address, so the address must allow at least one channel's whole burst.
 *
 * @param perChannel  every channel's limit unless {@code channels} names it
 * @param perAddress  every client address's limit unless {@code addresses} names it; an IPv6 address counts with
 *                    its whole /64, which one host usually has to itself
 * @param channels    limits for single channels by id (a large brand's main account, a test channel)
 * @param addresses   limits for single addresses (a known relay), keyed as {@code [203.0.113.9]} in properties
 * @param trackedKeys at most this many channels and as many addresses are tracked at once (bounded memory); a
 *                    bucket left alone until it would be full again is dropped anyway, losing nothing
 */
public record IntakeRateLimitSettings(Limit perChannel, Limit perAddress, Map<Long, Limit> channels,
        Map<String, Limit> addresses, Integer trackedKeys) {

    public IntakeRateLimitSettings {
        perChannel = perChannel == null ? new Limit(50L, Duration.ofSeconds(1), 500L) : perChannel;
        perAddress = perAddress == null ? new Limit(100L, Duration.ofSeconds(1), 1000L) : perAddress;
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        addresses = addresses == null ? Map.of() : Map.copyOf(addresses);
        trackedKeys = trackedKeys == null ? 50_000 : trackedKeys;
        if (trackedKeys < 1) {
            throw new IllegalArgumentException("engineroom.inbox.intake.rate-limit.tracked-keys must be at least 1");
        }
    }

    /**
     * {@code requests} every {@code per}, at most {@code burst} at once. Left out: 1 second, and a burst of
     * {@code requests}.
     */
    public record Limit(Long requests, Duration per, Long burst) {

        public Limit {
            if (requests == null || requests < 1) {
                throw new IllegalArgumentException("A rate limit needs requests of at least 1, not " + requests);
            }
            per = per == null ? Duration.ofSeconds(1) : per;
            burst = burst == null ? requests : burst;
            if (per.isNegative() || per.isZero() || burst < 1) {
                throw new IllegalArgumentException("A rate limit needs a positive per and burst: " + per + ", " + burst);
            }
        }

        /** How long an emptied bucket takes to be full again: after that long unused, it can be forgotten. */
        Duration refillTime() {
            return per.multipliedBy(burst).dividedBy(requests).plus(per);
        }

        String describe() {
            return requests + (requests == 1 ? " request per " : " requests per ") + per.toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                    + ", bursts of " + burst;
        }
    }
}
