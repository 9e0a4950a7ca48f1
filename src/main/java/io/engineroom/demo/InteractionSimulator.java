package io.engineroom.demo;

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
    private final Random random = new SecureRandom();
    private final SimulatedInteractions samples = new SimulatedInteractions(random);
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    @Autowired
    InteractionSimulator(InteractionIntake intake, ChannelService channels, Clock clock, DemoSettings settings) {
        this(intake, channels, clock, settings.simulator().interval());
    }

    InteractionSimulator(InteractionIntake intake, ChannelService channels, Clock clock, Duration interval) {
        this.intake = intake;
        this.channels = channels;
        this.clock = clock;
        this.interval = interval;
        scheduler.setThreadNamePrefix("demo-simulator-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // the scheduler compares the first run with its own clock, so the start is taken from that clock
        scheduler.scheduleWithFixedDelay(this::deliverOne, scheduler.getClock().instant().plus(interval), interval);
        LOG.info("Demo interaction simulator on: one interaction every {}", interval);
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
