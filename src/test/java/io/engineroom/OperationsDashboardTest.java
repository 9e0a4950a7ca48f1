package io.engineroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.inbox.HeldQueueRows;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionProgress;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestMetrics;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Grafana dashboard in the repository cannot drift from the code: every Engine Room metric its queries name is
 * in a real scrape of the running application, and every panel asks the Prometheus chosen in its variable.
 */
@EngineRoomIntegrationTest
class OperationsDashboardTest {

    static final File DASHBOARD = new File("deploy/grafana/engine-room-dashboard.json");
    private static final Pattern METRIC = Pattern.compile("\\bengineroom_[a-z_]+");

    @LocalServerPort
    int port;
    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionProgress progress;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    String brand;

    @Test
    void everyMetricTheDashboardQueriesIsInARealScrape() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD);
        Set<String> queried = new TreeSet<>();
        strings(dashboard).forEach(text -> {
            Matcher metric = METRIC.matcher(text);
            while (metric.find()) {
                queried.add(metric.group());
            }
        });
        long channel = aBrandWithABreachAndAnInteractionWaiting();
        // a row in the intake queue for the brand, held so no intake worker drains it before the scrape
        HeldQueueRows queued = HeldQueueRows.seed(dataSource, brand, channel, 1, clock.instant());
        // past the reading an earlier scrape left: the first scrape reads the backlog afresh and finds the new brand,
        // whose series are in the next one
        TestClock.get().moveBy(Duration.ofSeconds(10));
        String scrape;
        try {
            TestMetrics.scrape(port);
            scrape = TestMetrics.scrape(port);
        } finally {
            TestClock.get().reset();
            queued.close();
        }

        assertThat(queried).as("one panel per kind of meter at least").contains("engineroom_sla_breaches_total",
                "engineroom_inbox_backlog", "engineroom_inbox_oldest_wait_seconds",
                "engineroom_publish_outcomes_total", "engineroom_jobs_due", "engineroom_jobs_failed",
                "engineroom_notices_deliveries_total", "engineroom_notices_pending", "engineroom_intake_backlog",
                "engineroom_intake_oldest_age_seconds");
        assertThat(queried).allSatisfy(metric -> assertThat(scrape).as(metric)
                .containsPattern("(?m)^" + metric + "[{ ]"));
    }

    @Test
    void everyPanelAsksThePrometheusOfTheDatasourceVariable() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD);
        List<JsonNode> queries = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(queries::add));

        assertThat(dashboard.path("templating").path("list").findValuesAsText("name")).contains("datasource");
        assertThat(queries).isNotEmpty().allSatisfy(query -> assertThat(query.path("datasource").path("uid").asText())
                .isEqualTo("${datasource}"));
    }

    private long aBrandWithABreachAndAnInteractionWaiting() {
        brand = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Dashboard Test", false));
        long channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@dash@social.example", true))
                .id();
        String id = intake.acceptAndStart(channel, List.of(new IncomingInteraction("d-1", InteractionKind.MENTION, "@ada",
                "Ada", "Is the Leeds shop open on Sundays?", null, clock.instant(), null)))
                .entries().get(0).interactionId();
        Instant now = clock.instant();
        progress.breached(id, now, "community-manager", now.minusSeconds(60));
        return channel;
    }

    private static List<String> strings(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isTextual()) {
            found.add(node.asText());
        }
        node.forEach(child -> found.addAll(strings(child)));
        return found;
    }
}
