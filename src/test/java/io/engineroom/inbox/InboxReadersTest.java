package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The intake steps aside for the Inbox's reads on this node, and never for longer than its pause. */
class InboxReadersTest {

    @Test
    void withNobodyReadingTheIntakeGoesOnWithoutWaiting() {
        InboxReaders readers = new InboxReaders(Duration.ofMinutes(1));

        assertThat(readers.stepAside()).isFalse();
        try (InboxReaders.Read read = readers.reading()) {
            assertThat(readers.anyReading()).isTrue();
        }
        assertThat(readers.anyReading()).isFalse();
        assertThat(readers.stepAside()).isFalse();
    }

    @Test
    void theIntakeWaitsUntilTheLastReadInProgressEnds() throws Exception {
        InboxReaders readers = new InboxReaders(Duration.ofMinutes(1));
        InboxReaders.Read first = readers.reading();
        InboxReaders.Read second = readers.reading();
        CompletableFuture<Boolean> intake = CompletableFuture.supplyAsync(readers::stepAside);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!readers.anyStepAside() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(readers.anyStepAside()).as("the intake waits").isTrue();

        first.close();
        assertThat(readers.anyReading()).as("one read still in progress").isTrue();
        second.close();

        assertThat(intake.get(10, TimeUnit.SECONDS)).as("it waited for the reads").isTrue();
    }

    @Test
    void aReadThatDoesNotEndHoldsTheIntakeNoLongerThanThePause() throws Exception {
        InboxReaders readers = new InboxReaders(Duration.ofMillis(20));
        try (InboxReaders.Read endless = readers.reading()) {
            // the read is still in progress when the intake goes on
            assertThat(CompletableFuture.supplyAsync(readers::stepAside).get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(readers.anyReading()).isTrue();
        }
    }

    @Test
    void aPauseOfZeroNeverWaits() {
        InboxReaders readers = new InboxReaders(Duration.ZERO);
        try (InboxReaders.Read read = readers.reading()) {
            assertThat(readers.stepAside()).isFalse();
        }
    }
}
