package io.engineroom.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A poll run on its own thread at a fixed delay, the first run one interval after {@link #every} (so a node that
 * has just started does its start-up work first). The Mastodon mentions, the platform channels' streams and
 * social listening each own one; one class, so the three schedules cannot drift apart.
 *
 * <p>With several nodes, each poll runs on one node at a time ({@link OneNodeAtATime}, lock named after the
 * poll): two nodes reading the same stream at once would fetch every page twice and spend the platform's rate limit
 * twice. A run holds the lock nine tenths of the interval from its start, so the cluster polls about once an
 * interval, whichever node's tick comes first; a node that dies mid-poll leaves the poll to the others within
 * {@link OneNodeAtATime#HELD_AT_MOST}.
 */
public final class PollSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(PollSchedule.class);

    private final String name;
    private final OneNodeAtATime oneNode;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    /**
     * @param name names the poll's lock and its thread in thread dumps and logs, e.g. {@code "mastodon-mentions"}
     */
    public PollSchedule(String name, OneNodeAtATime oneNode) {
        this.name = name;
        this.oneNode = oneNode;
        scheduler.setThreadNamePrefix(name + "-");
        scheduler.initialize();
    }

    public void every(Duration interval, Runnable poll) {
        Duration held = OneNodeAtATime.heldBetweenRuns(interval);
        // the scheduler compares the first run with its own clock, so the start is taken from that clock
        scheduler.scheduleWithFixedDelay(() -> pollOnOneNode(held, poll),
                scheduler.getClock().instant().plus(interval), interval);
    }

    /** One tick: the poll, if no other node has it; never throws, as a scheduled task that throws never runs again. */
    void pollOnOneNode(Duration held, Runnable poll) {
        try {
            oneNode.run(name, held, poll);
        } catch (RuntimeException e) {
            // the database (and so the lock) is away for a moment, or the poll failed: the next tick tries again
            LOG.warn("Poll {} failed: {}", name, e.toString());
        }
    }

    public void stop() {
        scheduler.shutdown();
    }
}
