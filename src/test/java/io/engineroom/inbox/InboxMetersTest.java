package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's meters on the running application: a recorded SLA breach is counted for its brand once its step
 * commits (not when it rolls back), and the backlog and oldest wait per brand come from the interactions waiting.
 */
@EngineRoomIntegrationTest
class InboxMetersTest {

    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionProgress progress;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    MeterRegistry registry;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    String brand;
    long channel;

    @BeforeEach
    void aBrandWithAChannel() {
        brand = "met-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Metrics Test", false));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@met@social.example", true)).id();
    }

    @AfterEach
    void realTime() {
        TestClock.get().reset();
    }

    @Test
    void aBreachIsCountedForItsBrandWhenItsStepCommits() {
        String id = arrives("b-1", clock.instant());
        Instant now = clock.instant();

        progress.breached(id, now, "community-manager", now.minusSeconds(60));

        assertThat(breaches()).isEqualTo(1.0);
    }

    @Test
    void aBreachWhoseStepRollsBackIsNotCounted() {
        String id = arrives("b-2", clock.instant());
        Instant now = clock.instant();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            progress.breached(id, now, "community-manager", now.minusSeconds(60));
            status.setRollbackOnly();
        });

        assertThat(breaches()).isZero();
    }

    @Test
    void theBacklogAndTheOldestWaitOfABrandComeFromItsInteractionsWaitingForAnAnswer() {
        arrives("w-1", clock.instant());
        arrives("w-2", clock.instant());
        // the gauges' reading is kept for a few seconds: a later one is read afresh
        TestClock.get().moveBy(Duration.ofMinutes(10));

        double all = registry.get(InboxMeters.BACKLOG_ALL).gauge().value();
        double backlog = registry.get(InboxMeters.BACKLOG).tag("brand", brand).gauge().value();
        Gauge oldest = registry.get(InboxMeters.OLDEST_WAIT).tag("brand", brand).gauge();

        assertThat(backlog).isEqualTo(2.0);
        assertThat(all).isGreaterThanOrEqualTo(2.0);
        assertThat(oldest.value()).isBetween(600.0, 700.0);
        assertThat(oldest.getId().getBaseUnit()).isEqualTo("seconds");
    }

    private double breaches() {
        Counter counter = registry.find(InboxMeters.BREACHES).tag("brand", brand).counter();
        return counter == null ? 0 : counter.count();
    }

    private String arrives(String externalId, Instant at) {
        return intake.acceptAndStart(channel, List.of(new IncomingInteraction(externalId, InteractionKind.MENTION,
                "@ada", "Ada", "Does the shop in Leeds open on Sundays?", null, at, null)))
                .entries().get(0).interactionId();
    }
}
