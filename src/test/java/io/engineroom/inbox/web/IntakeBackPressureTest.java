package io.engineroom.inbox.web;

import static io.engineroom.inbox.IntakeChannel.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.HeldQueueRows;
import io.engineroom.inbox.IntakeBacklog;
import io.engineroom.inbox.IntakeChannel;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Back-pressure over real HTTP: a channel whose intake backlog is at its bound has its deliveries refused with 429,
 * Retry-After and a problem detail before anything is stored, through POST /api/interactions and Meta's webhook
 * alike; under the bound it is taken (202); the brand's other channel is not held back. The backlog is queue rows
 * seeded and held by the test ({@link HeldQueueRows}: the intake workers skip rows another transaction holds), and
 * the channel's bound is set by an admin to exactly the rows held, so the shared application keeps its defaults.
 */
@EngineRoomIntegrationTest
class IntakeBackPressureTest {

    @LocalServerPort
    int port;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    IntakeBacklog backlog;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    IntakeChannel channel;
    HeldQueueRows queued;

    @BeforeEach
    void aChannelWithCredentialsAndABacklog() throws Exception {
        channel = IntakeChannel.create(brands, channels, credentials, users, "pressure");
        queued = HeldQueueRows.seed(dataSource, channel.brandId(), channel.channelId(), 5,
                clock.instant().minusSeconds(30));
    }

    @AfterEach
    void releaseTheBacklog() throws Exception {
        queued.close();
    }

    @Test
    void aChannelAtItsBoundIsRefusedWith429RetryAfterAndAProblemAndNothingIsStored() throws Exception {
        bound(channel.channelId(), queued.held());

        LoopbackClient.Answer refused = client().post(channel.batch(interaction("full-1", "Anyone there?"),
                interaction("full-2", "Hello?")), "Authorization", "Bearer " + channel.token());

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(IntakeBacklog.MIN_RETRY_SECONDS, IntakeBacklog.MAX_RETRY_SECONDS);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asText()).isEqualTo("Backlog full");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/interactions");
        assertThat(problem.path("detail").asText()).contains("Channel " + channel.channelId() + " has "
                + queued.held() + " interactions waiting", "its bound is " + queued.held(), "nothing of this "
                + "delivery was stored", "deliver it again in " + retryAfter + " s");
        assertThat(stored(channel.channelId(), "full-1", "full-2")).isZero();
    }

    @Test
    void aChannelUnderItsBoundIsTaken() throws Exception {
        bound(channel.channelId(), queued.held() + 1);

        LoopbackClient.Answer taken = client().post(channel.batch(interaction("room-1", "Still room")),
                "Authorization", "Bearer " + channel.token());

        assertThat(taken.status()).as(taken.body()).isEqualTo(202);
        assertThat(stored(channel.channelId(), "room-1")).isOne();
    }

    @Test
    void theBrandsOtherChannelDeliversWhileItsNeighbourIsRefused() throws Exception {
        bound(channel.channelId(), queued.held());
        long other = AsAdmin.call(() -> channels.addManual(channel.brandId(), Platform.MASTODON,
                "@other-" + channel.brandId(), false)).id();
        String otherToken;
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            otherToken = credentials.issueToken(other);
        }

        LoopbackClient.Answer refused = client().post(channel.batch(interaction("n-full", "Refused")),
                "Authorization", "Bearer " + channel.token());
        LoopbackClient.Answer neighbour = client().post("{\"channelId\":" + other + ",\"interactions\":["
                + interaction("n-ok", "Taken") + "]}", "Authorization", "Bearer " + otherToken);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(neighbour.status()).as(neighbour.body()).isEqualTo(202);
        assertThat(stored(other, "n-ok")).isOne();
        assertThat(stored(channel.channelId(), "n-full")).isZero();
    }

    @Test
    void metasWebhookIsRefusedWith429WhenAChannelItDeliversToIsFullAndStoresNothing() throws Exception {
        String pageId = Long.toString(MetaWebhookTest.IDS.incrementAndGet());
        long page = AsAdmin.call(() -> channels.addPlatformAccount(channel.brandId(), Connector.FACEBOOK,
                new AccountTokens(pageId, "Pressure " + pageId, "http://127.0.0.1:9", "page-token", null, null),
                false)).id();
        try (HeldQueueRows pageBacklog = HeldQueueRows.seed(dataSource, channel.brandId(), page, 2,
                clock.instant())) {
            bound(page, pageBacklog.held());
            String body = MetaWebhookTest.feedComment(pageId, pageId + "_full", "Is anyone reading these?");

            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + MetaWebhookApi.PATH)).header("Content-Type", "application/json")
                    .header(MetaWebhookApi.SIGNATURE_HEADER, MetaWebhookTest.sign(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(IntakeBacklog.MIN_RETRY_SECONDS, IntakeBacklog.MAX_RETRY_SECONDS);
            assertThat(json.readTree(refused.body()).path("title").asText()).isEqualTo("Backlog full");
            assertThat(stored(page, pageId + "_full")).isZero();
        }
    }

    private LoopbackClient client() {
        return new LoopbackClient("127.0.0.74", port);
    }

    private void bound(long channelId, int maxBacklog) {
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            backlog.bound(channelId, maxBacklog);
        }
    }

    /** Rows of these external ids of the channel: queued for the workers or already processed. */
    private long stored(long channelId, String... externalIds) {
        long rows = 0;
        for (String externalId : externalIds) {
            rows += jdbc.queryForObject("select (select count(*) from intake_queue where channel_id = ? and external_id"
                    + " = ?) + (select count(*) from interaction where channel_id = ? and external_id = ?)",
                    Long.class, channelId, externalId, channelId, externalId);
        }
        return rows;
    }
}
