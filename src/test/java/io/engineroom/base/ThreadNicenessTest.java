package io.engineroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThreadNicenessTest {

    @Test
    void aThreadThatLowersItsPriorityRunsThatManyStepsLowerWhileTheOthersKeepTheirs() throws Exception {
        int before = ThreadNicenessProbe.ofCurrentThread();
        AtomicReference<Integer> lowered = new AtomicReference<>();
        AtomicInteger seen = new AtomicInteger(-100);
        Thread worker = new Thread(() -> {
            lowered.set(ThreadNiceness.lowerCurrentThread(7));
            seen.set(ThreadNicenessProbe.ofCurrentThread());
        }, "niceness-test");
        worker.start();
        worker.join();

        // a thread starts at its creator's nice value; 19 is the lowest priority there is
        assertThat(lowered.get()).isEqualTo(Math.min(19, before + 7));
        assertThat(seen.get()).isEqualTo(lowered.get());
        assertThat(ThreadNicenessProbe.ofCurrentThread()).as("the calling thread, not the process, is lowered")
                .isEqualTo(before);
    }

    @Test
    void noStepsLeaveTheThreadAsItIs() throws Exception {
        AtomicReference<Integer> kept = new AtomicReference<>();
        AtomicInteger before = new AtomicInteger(-100);
        AtomicInteger after = new AtomicInteger(-100);
        Thread worker = new Thread(() -> {
            before.set(ThreadNicenessProbe.ofCurrentThread());
            kept.set(ThreadNiceness.lowerCurrentThread(0));
            after.set(ThreadNicenessProbe.ofCurrentThread());
        });
        worker.start();
        worker.join();

        assertThat(kept.get()).isEqualTo(before.get());
        assertThat(after.get()).isEqualTo(before.get());
    }

    @Test
    void aPriorityAboveTheRequestsOrMoreStepsThanThereAreIsRefused() {
        assertThatThrownBy(() -> ThreadNiceness.lowerCurrentThread(-5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A thread's priority is lowered by 0 to 19 steps, not -5");
        assertThatThrownBy(() -> ThreadNiceness.lowerCurrentThread(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A thread's priority is lowered by 0 to 19 steps, not 20");
    }
}
