package io.engineroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.base.OneNodeAtATime;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's interactions: the simulator's go through intake; the demo channels take their known tokens. */
@EngineRoomIntegrationTest
class DemoInteractionsTest {

    @LocalServerPort
    int port;
    @Autowired
    InteractionIntake intake;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OneNodeAtATime oneNode;

    @Test
    void theSimulatorDeliversToTheDemoBrands() {
        InteractionSimulator simulator = new InteractionSimulator(intake, channels, Clock.systemUTC(),
                Duration.ofHours(1), oneNode);
        long before = demoInteractions();
        try {
            for (int i = 0; i < 5; i++) {
                simulator.deliverOne();
            }
        } finally {
            simulator.stop();
        }
        assertThat(demoInteractions()).isEqualTo(before + 5);
    }

    @Test
    void aDemoChannelTakesItsKnownToken() throws Exception {
        ChannelSummary instagram = channels.of("beanleaf").stream().filter(channel -> channel.handle()
                .equals("@beanleafcoffee")).findFirst().orElseThrow();
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            assertThat(credentials.status(instagram.id())).isEqualTo(new IntakeCredentials.Status(true, true));
        }
        String body = "{\"channelId\":" + instagram.id() + ",\"interaction\":{\"externalId\":\"demo-token-check\","
                + "\"kind\":\"COMMENT\",\"authorHandle\":\"@maria_k\",\"text\":\"Do you have oat milk?\","
                + "\"occurredAt\":\"2026-11-21T09:30:00Z\"}}";

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/interactions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer demo-intake-token-for-channel-" + instagram.id())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    private long demoInteractions() {
        // delivered: stored, or queued for the intake's workers (the test context runs none)
        return jdbc.queryForObject("select (select count(*) from interaction where brand_id in ('northwind',"
                + " 'beanleaf')) + (select count(*) from intake_queue where brand_id in ('northwind', 'beanleaf'))",
                Long.class);
    }
}
