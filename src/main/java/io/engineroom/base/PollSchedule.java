package io.engineroom.base;

import java.time.Duration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A poll run on its own thread at a fixed delay, the first run one interval after {@link #every} (so a node that
 * has just started does its start-up work first). The Mastodon mentions, the platform channels' streams and
 * social listening each own one; one class, so the three schedules cannot drift apart (and one place to put a
 * cluster lock once several nodes poll).
 */
public final class PollSchedule {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    /** @param threadNamePrefix names the poll's thread in thread dumps and logs, e.g. {@code "mastodon-mentions-"} */
    public PollSchedule(String threadNamePrefix) {
        scheduler.setThreadNamePrefix(threadNamePrefix);
        scheduler.initialize();
    }

    public void every(Duration interval, Runnable poll) {
        // the scheduler compares the first run with its own clock, so the start is taken from that clock
        scheduler.scheduleWithFixedDelay(poll, scheduler.getClock().instant().plus(interval), interval);
    }

    public void stop() {
        scheduler.shutdown();
    }
}
