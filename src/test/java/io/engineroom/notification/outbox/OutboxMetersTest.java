package io.engineroom.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notice delivery's meters on the running application: what waits in the outbox is the pending gauge, and each
 * recorded attempt is counted as sent, retried or dead.
 */
@EngineRoomIntegrationTest
class OutboxMetersTest {

    @Autowired
    OutboxStore store;
    @Autowired
    OutboxWorker appWorker;
    @Autowired
    MeterRegistry registry;
    @Autowired
    Clock clock;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String suffix;

    @BeforeEach
    void onlyThisTestSends() {
        // nothing is sent behind the test's back, so what waits is what the test made
        appWorker.stop();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void appWorkerBackAndRealTime() {
        TestClock.get().reset();
        appWorker.start();
    }

    @Test
    void aWaitingMailIsPendingUntilSentAndThenCountedAsSent() {
        double pendingBefore = pending("mail");
        double sentBefore = deliveries("mail", "sent");

        String person = TestUsers.ensure(users, brands, "metrics-" + suffix, Role.CRISIS_LEAD);
        long id = store.enqueue(NewDelivery.mailText(person, "Metrics " + suffix,
                "Counted once.", clock.instant()), 3, clock.instant());
        TestClock.get().moveBy(Duration.ofSeconds(10));
        double pendingQueued = pending("mail");
        appWorker.drain();
        TestClock.get().moveBy(Duration.ofSeconds(10));

        assertThat(pendingQueued).isEqualTo(pendingBefore + 1);
        assertThat(store.find(id)).hasValueSatisfying(delivery -> assertThat(delivery.status()).as(delivery.lastError())
                .isEqualTo(DeliveryStatus.SENT));
        assertThat(deliveries("mail", "sent")).isGreaterThanOrEqualTo(sentBefore + 1);
        assertThat(pending("mail")).isLessThan(pendingQueued);
    }

    @Test
    void aDeliveryRefusedForGoodIsCountedAsDead() {
        double deadBefore = deliveries("webhook", "dead");

        // a subscription that does not exist (any more) refuses for good: dead at the first attempt
        store.enqueue(NewDelivery.webhook(-System.nanoTime(), "no-brand", "test.metrics", "ev-" + suffix, "{}",
                clock.instant()), 3, clock.instant());
        appWorker.drain();

        assertThat(deliveries("webhook", "dead")).isGreaterThanOrEqualTo(deadBefore + 1);
    }

    private double pending(String channel) {
        return registry.get(OutboxMeters.PENDING).tag("channel", channel).gauge().value();
    }

    private double deliveries(String channel, String result) {
        return registry.get(OutboxMeters.DELIVERIES).tag("channel", channel).tag("result", result).counter().count();
    }
}
