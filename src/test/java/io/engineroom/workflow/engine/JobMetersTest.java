package io.engineroom.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job gauges on the running engine: a job that has used up its retries (an incident) is counted as failed
 * until it gets retries again; the figures are the same whoever asks (Camunda's authorization does not filter them).
 */
@EngineRoomIntegrationTest
class JobMetersTest {

    @Autowired
    InteractionIntake intake;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ManagementService management;
    @Autowired
    MeterRegistry registry;
    @Autowired
    Clock clock;

    Job timer;

    @AfterEach
    void retriesBackAndRealTime() {
        if (timer != null) {
            management.setJobRetries(timer.getId(), 3);
        }
        TestClock.get().reset();
    }

    @Test
    void aJobWithoutRetriesIsCountedAsFailedUntilItGetsRetriesAgain() {
        timer = anSlaTimer();
        double before = failed();

        management.setJobRetries(timer.getId(), 0);
        double withIncident = failed();
        management.setJobRetries(timer.getId(), 1);
        double retried = failed();

        assertThat(withIncident).isEqualTo(before + 1);
        assertThat(retried).isEqualTo(before);
        assertThat(registry.get(JobMeters.DUE).gauge().value()).isNotNegative();
    }

    /** A fresh reading of the failed jobs (the gauges keep one for a few seconds). */
    private double failed() {
        TestClock.get().moveBy(Duration.ofSeconds(10));
        return registry.get(JobMeters.FAILED).gauge().value();
    }

    private Job anSlaTimer() {
        String brand = "job-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Job Metrics Test", false));
        long channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@job@social.example", true))
                .id();
        intake.acceptAndStart(channel, List.of(new IncomingInteraction("j-1", InteractionKind.MENTION, "@ada", "Ada",
                "Is the Leeds shop open on Sundays?", null, clock.instant(), null)));
        return management.createJobQuery().tenantIdIn(brand).timers().list().get(0);
    }
}
