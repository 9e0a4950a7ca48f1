package io.engineroom.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The default limits on a clock the test moves: what a viral burst may send, and when the refused may retry. */
class IntakeRateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T09:30:00Z"));
    private final IntakeRateLimiter limiter = new IntakeRateLimiter(
            new IntakeRateLimitSettings(null, null, null, null, null), clock);

    @Test
    void aChannelBurstsFiveHundredDeliveriesThenFiftyASecond() {
        for (int i = 0; i < 500; i++) {
            limiter.requireChannel(7);
        }

        assertRefusedFor(() -> limiter.requireChannel(7), 1);
        limiter.requireChannel(8); // another channel has its own bucket
        clock.move(Duration.ofMillis(20)); // one fiftieth of a second: room for one more
        limiter.requireChannel(7);
        assertRefusedFor(() -> limiter.requireChannel(7), 1);
        clock.move(Duration.ofSeconds(1));
        for (int i = 0; i < 50; i++) {
            limiter.requireChannel(7);
        }
        assertRefusedFor(() -> limiter.requireChannel(7), 1);
    }

    @Test
    void anAddressBurstsAThousandRequestsThenAHundredASecond() {
        for (int i = 0; i < 1000; i++) {
            limiter.requireAddress("203.0.113.9");
        }

        assertRefusedFor(() -> limiter.requireAddress("203.0.113.9"), 1);
        limiter.requireAddress("203.0.113.10");
        clock.move(Duration.ofMillis(10));
        limiter.requireAddress("203.0.113.9");
    }

    @Test
    void retryAfterIsTheWaitRoundedUpToWholeSeconds() {
        IntakeRateLimiter slow = new IntakeRateLimiter(new IntakeRateLimitSettings(
                new IntakeRateLimitSettings.Limit(2L, Duration.ofMinutes(1), 2L), null, null, null, null), clock);
        slow.requireChannel(7);
        slow.requireChannel(7);

        assertRefusedFor(() -> slow.requireChannel(7), 30); // one every 30 s
        clock.move(Duration.ofMillis(29_500));
        assertRefusedFor(() -> slow.requireChannel(7), 1); // half a second left: still 1, never 0
        clock.move(Duration.ofMillis(500));
        slow.requireChannel(7);
    }

    @Test
    void oneIpv6HostCountsWithItsWholeSlash64() {
        IntakeRateLimiter strict = new IntakeRateLimiter(new IntakeRateLimitSettings(null,
                new IntakeRateLimitSettings.Limit(1L, Duration.ofHours(1), 1L), null, null, null), clock);
        strict.requireAddress("2001:db8:1:2:aaaa::1");

        assertRefusedFor(() -> strict.requireAddress("2001:db8:1:2:bbbb::2"), 3600);
        strict.requireAddress("2001:db8:1:3::1"); // the next /64 is someone else
        assertThat(IntakeRateLimiter.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(IntakeRateLimiter.addressKey("198.51.100.4")).isEqualTo("198.51.100.4");
    }

    @Test
    void configuredLimitsForSingleChannelsAndAddressesReplaceTheDefault() {
        IntakeRateLimitSettings.Limit one = new IntakeRateLimitSettings.Limit(1L, Duration.ofHours(1), 1L);
        IntakeRateLimiter configured = new IntakeRateLimiter(new IntakeRateLimitSettings(null, null,
                Map.of(7L, one), Map.of("198.51.100.4", one), null), clock);
        configured.requireChannel(7);
        configured.requireAddress("198.51.100.4");

        assertRefusedFor(() -> configured.requireChannel(7), 3600);
        assertRefusedFor(() -> configured.requireAddress("198.51.100.4"), 3600);
        configured.requireChannel(8);
        configured.requireChannel(8);
    }

    private static void assertRefusedFor(Runnable request, long seconds) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(problem.retryAfterSeconds()).isEqualTo(seconds);
        });
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
