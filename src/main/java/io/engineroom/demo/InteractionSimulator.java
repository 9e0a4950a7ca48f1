package io.engineroom.demo;

import io.engineroom.base.OneNodeAtATime;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.inbox.InteractionIntake;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The demo's stream of interactions: every {@code engineroom.demo.simulator.interval} (default 20 s, so a few a
 * minute) one comes in on a random channel of a demo brand, through the same intake as the API. On with the demo
 * ({@code engineroom.demo.enabled}); {@code engineroom.demo.simulator.enabled=false} turns it off (the tests do).
 *
 * <p>With several nodes, one node at a time delivers ({@link OneNodeAtATime}, lock {@code demo-simulator}, held
 * nine tenths of the interval from its start): the demo's stream stays a few a minute however many nodes run it.
 */
@Component
@ConditionalOnExpression("${engineroom.demo.enabled:false} and ${engineroom.demo.simulator.enabled:true}")
class InteractionSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionSimulator.class);
    private static final List<String> BRANDS = List.of("northwind", "beanleaf");

    private final InteractionIntake intake;
    private final ChannelService channels;
    private final Clock clock;
    private final Duration interval;
    private final OneNodeAtATime oneNode;
    private final Random random = new SecureRandom();
    private final SimulatedInteractions samples = new SimulatedInteractions(random);
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    @Autowired
    InteractionSimulator(InteractionIntake intake, ChannelService channels, Clock clock, DemoSettings settings,
            OneNodeAtATime oneNode) {
        this(intake, channels, clock, settings.simulator().interval(), oneNode);
    }

    InteractionSimulator(InteractionIntake intake, ChannelService channels, Clock clock, Duration interval,
            OneNodeAtATime oneNode) {
        this.intake = intake;
        this.channels = channels;
        this.clock = clock;
        this.interval = interval;
        this.oneNode = oneNode;
        scheduler.setThreadNamePrefix("demo-simulator-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // the scheduler compares the first run with its own clock, so the start is taken from that clock
        scheduler.scheduleWithFixedDelay(this::deliverOnOneNode, scheduler.getClock().instant().plus(interval),
                interval);
        LOG.info("Demo interaction simulator on: one interaction every {}", interval);
    }

    private void deliverOnOneNode() {
        try {
            oneNode.run("demo-simulator", OneNodeAtATime.heldBetweenRuns(interval), this::deliverOne);
        } catch (RuntimeException e) {
            // the lock's database is away for a moment: the demo goes on at the next tick
            LOG.warn("Simulated interaction not delivered: {}", e.toString());
        }
    }

    void deliverOne() {
        String brand = BRANDS.get(random.nextInt(BRANDS.size()));
        List<ChannelSummary> brandChannels = channels.enabledOf(brand);
        if (brandChannels.isEmpty()) {
            return;
        }
        ChannelSummary channel = brandChannels.get(random.nextInt(brandChannels.size()));
        try {
            intake.accept(channel.id(), List.of(samples.next(brand, clock.instant()).interaction()));
        } catch (RuntimeException e) {
            // e.g. no interaction SOP deployed yet: the demo goes on, the next one may work
            LOG.warn("Simulated interaction for {} not delivered: {}", channel.label(), e.toString());
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }
}
