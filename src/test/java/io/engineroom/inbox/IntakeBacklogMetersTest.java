package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake queue's gauges read the table: a brand's rows waiting there, summed over its channels, and how long
 * the oldest of them has waited. The rows are seeded and held by the test, so no worker drains them meanwhile.
 */
@EngineRoomIntegrationTest
class IntakeBacklogMetersTest {

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    MeterRegistry registry;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @AfterEach
    void realTime() {
        TestClock.get().reset();
    }

    @Test
    void aBrandsBacklogAndItsOldestAgeComeFromItsRowsInTheIntakeQueue() throws Exception {
        String brand = "qmet-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Queue Metrics Test", false));
        long first = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@q1@social.example", true)).id();
        long second = AsAdmin.call(() -> channels.addManual(brand, Platform.BLUESKY, "@q2.example", false)).id();
        try (HeldQueueRows old = HeldQueueRows.seed(dataSource, brand, first, 3, clock.instant().minusSeconds(600));
                HeldQueueRows recent = HeldQueueRows.seed(dataSource, brand, second, 4, clock.instant())) {
            // the gauges' reading is kept for a few seconds: a later one is read afresh
            TestClock.get().moveBy(Duration.ofSeconds(10));

            double all = registry.get(IntakeBacklogMeters.BACKLOG_ALL).gauge().value();
            double backlog = registry.get(IntakeBacklogMeters.BACKLOG).tag("brand", brand).gauge().value();
            Gauge oldest = registry.get(IntakeBacklogMeters.OLDEST_AGE).tag("brand", brand).gauge();

            assertThat(backlog).isEqualTo(old.held() + recent.held());
            assertThat(all).isGreaterThanOrEqualTo(old.held() + recent.held());
            assertThat(oldest.value()).isBetween(610.0, 700.0);
            assertThat(oldest.getId().getBaseUnit()).isEqualTo("seconds");
        }
    }
}
