package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.IntakeBacklog.ChannelBacklog;
import io.engineroom.inbox.IntakeBacklog.Reading;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How long a refused channel is told to wait: the rows over its bound at the draining rate measured between two
 * readings while it was refused, within 1 to 60 s; 1 s while no rate is known (the next attempt measures it), the
 * longest while nothing drains.
 */
class IntakeBacklogRetryAfterTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void theFirstRefusalKnowsNoRateAndAsksForAnotherTryInASecond() {
        Reading first = Reading.after(null, backlog(1_200, 1_000), T0);

        assertThat(IntakeBacklog.retryAfter(first, T0)).isEqualTo(1);
    }

    @Test
    void theWaitIsTheRowsOverTheBoundAtTheRateDrainedBetweenTwoRefusedReadings() {
        Reading first = Reading.after(null, backlog(1_300, 1_000), T0);
        // 10 s later, 100 fewer rows: 10 a second; 201 rows to go to be under the bound
        Reading second = Reading.after(first, backlog(1_200, 1_000), T0.plusSeconds(10));

        assertThat(second.drainPerSecond()).isEqualTo(10.0);
        assertThat(IntakeBacklog.retryAfter(second, T0.plusSeconds(10))).isEqualTo(21);
    }

    @Test
    void aChannelThatDoesNotDrainIsToldTheLongestWaitAndAFastOneTheShortest() {
        Reading first = Reading.after(null, backlog(1_000, 1_000), T0);
        Reading stuck = Reading.after(first, backlog(1_000, 1_000), T0.plusSeconds(2));
        Reading drained = Reading.after(Reading.after(null, backlog(5_000, 1_000), T0),
                backlog(1_001, 1_000), T0.plusSeconds(1));
        Reading slow = Reading.after(Reading.after(null, backlog(900_000, 1_000), T0),
                backlog(899_999, 1_000), T0.plusSeconds(1));

        assertThat(IntakeBacklog.retryAfter(stuck, T0.plusSeconds(2))).isEqualTo(IntakeBacklog.MAX_RETRY_SECONDS);
        assertThat(IntakeBacklog.retryAfter(drained, T0.plusSeconds(1))).isEqualTo(IntakeBacklog.MIN_RETRY_SECONDS);
        assertThat(IntakeBacklog.retryAfter(slow, T0.plusSeconds(1))).isEqualTo(IntakeBacklog.MAX_RETRY_SECONDS);
    }

    @Test
    void rowsLeavingWhileTheChannelWasTakingDeliveriesMeasureNothingAndAnOldRateIsForgotten() {
        Reading open = Reading.after(null, backlog(900, 1_000), T0);
        Reading full = Reading.after(open, backlog(1_100, 1_000), T0.plusSeconds(5));
        Reading measured = Reading.after(full, backlog(1_050, 1_000), T0.plusSeconds(10));
        Reading open2 = Reading.after(measured, backlog(500, 1_000), T0.plusSeconds(20));

        assertThat(full.drainPerSecond()).isNaN();
        assertThat(measured.drainPerSecond()).isEqualTo(10.0);
        // under the bound, deliveries were taken: the rate measured before is kept, not replaced
        assertThat(open2.drainPerSecond()).isEqualTo(10.0);
        Reading muchLater = Reading.after(open2, backlog(1_010, 1_000), T0.plusSeconds(20 + 600));
        assertThat(IntakeBacklog.retryAfter(muchLater, T0.plusSeconds(620))).isEqualTo(1);
    }

    private static ChannelBacklog backlog(long waiting, long bound) {
        return new ChannelBacklog(7, waiting, T0.minusSeconds(60), bound, false);
    }
}
