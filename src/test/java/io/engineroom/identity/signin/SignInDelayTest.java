package io.engineroom.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The delay after each failed sign-in: free ones, then doubling from 1 s, never more than 15 minutes. */
class SignInDelayTest {

    @Test
    void theFreeFailuresCostNothingThenTheDelayDoublesUpToFifteenMinutes() {
        assertThat(SignInThrottle.delayAfter(4, 5)).isZero();
        assertThat(SignInThrottle.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delayAfter(7, 5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottle.delayAfter(14, 5)).isEqualTo(Duration.ofSeconds(512));
        assertThat(SignInThrottle.delayAfter(15, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(Integer.MAX_VALUE, 5)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aThrottledSignInSaysHowManyWholeSecondsToWait() {
        assertThat(new SignInThrottledException(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new SignInThrottledException(Duration.ofMillis(1001)).getMessage())
                .isEqualTo("Too many attempts, try again in 2 s");
    }
}
