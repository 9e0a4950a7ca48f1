package io.engineroom.inbox.web;

import static io.engineroom.inbox.IntakeChannel.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeChannel;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.web.IntakeRateLimitSettings.Limit;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The interactions API's rate limits over real HTTP: an address over its limit is refused before its
 * credentials are looked at, failed attempts counted; a channel over its limit is refused whatever credential it
 * uses, and nobody else's failed attempts spend its allowance. A refusal is a 429 with Retry-After and problem
 * details, and stores nothing. Each test gives its own channel or loopback address a small limit (1 an hour), so
 * the shared application keeps its defaults and the outcome does not depend on how fast the machine is.
 */
@EngineRoomIntegrationTest
class IntakeRateLimitTest {

    private static final Limit ONE_AN_HOUR = new Limit(1L, Duration.ofHours(1), 3L);

    @LocalServerPort
    int port;
    @Autowired
    InteractionIntake intake;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    IntakeRateLimiter limiter;

    IntakeChannel channel;

    @BeforeEach
    void aChannelWithCredentials() {
        channel = IntakeChannel.create(brands, channels, credentials, users, "limits");
    }

    @Test
    void anAddressOverItsLimitIsRefusedBeforeItsCredentialsAreLookedAt() throws Exception {
        LoopbackClient flooder = new LoopbackClient("127.0.0.71", port);
        limiter.limitAddress("127.0.0.71", ONE_AN_HOUR);
        String delivery = channel.batch(interaction("flood-1", "Let me in"));

        for (int i = 0; i < 3; i++) { // failed authentications count like any request
            assertThat(flooder.post("{ broken", "Authorization", "Bearer ert_guess-" + i + "-000000000000000000")
                    .status()).isEqualTo(401);
        }
        LoopbackClient.Answer withToken = flooder.post(delivery, "Authorization", "Bearer " + channel.token());
        LoopbackClient.Answer anonymous = flooder.post("{ broken");

        assertTooManyRequests(withToken, 3000, 3600);
        assertTooManyRequests(anonymous, 3000, 3600);
        assertThat(withToken.body()).contains("This address sent more than its limit of 1 request per 1h");
        assertThat(rows()).isZero();
        // another address is served as before: the limit is the address's, not the API's
        LoopbackClient.Answer fromElsewhere = new LoopbackClient("127.0.0.1", port).post(delivery,
                "Authorization", "Bearer " + channel.token());
        assertThat(fromElsewhere.status()).as(fromElsewhere.body()).isEqualTo(202);
        assertThat(rows()).isOne();
    }

    @Test
    void aChannelOverItsLimitIsRefusedWhateverItsCredentialAndStoresNothing() throws Exception {
        LoopbackClient sender = new LoopbackClient("127.0.0.72", port);
        limiter.limitChannel(channel.channelId(), ONE_AN_HOUR);
        IntakeChannel neighbour = IntakeChannel.create(brands, channels, credentials, users, "limits-neighbour");

        // a stranger naming the channel with wrong credentials spends none of its allowance
        for (int i = 0; i < 5; i++) {
            assertThat(sender.post(channel.batch(interaction("fake-" + i, "Spam")), "X-EngineRoom-Channel",
                    Long.toString(channel.channelId()), "Authorization", "Bearer ert_not-its-token-000000000000")
                    .status()).isEqualTo(401);
        }
        for (int i = 1; i <= 3; i++) {
            LoopbackClient.Answer accepted = sender.post(channel.batch(interaction("ok-" + i, "Hello " + i)),
                    "Authorization", "Bearer " + channel.token());
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        }
        LoopbackClient.Answer overWithToken = sender.post(channel.batch(interaction("over-1", "One too many")),
                "Authorization", "Bearer " + channel.token());
        String signedBody = channel.batch(interaction("over-2", "Signed, still too many"));
        long now = Instant.now().getEpochSecond();
        LoopbackClient.Answer overSigned = sender.post(signedBody, "X-EngineRoom-Channel",
                Long.toString(channel.channelId()), "X-EngineRoom-Timestamp", Long.toString(now),
                "X-EngineRoom-Signature", "sha256=" + hex(ChannelAuthentication.hmac(channel.secret(),
                        Long.toString(now), signedBody.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertTooManyRequests(overWithToken, 3000, 3600);
        assertTooManyRequests(overSigned, 3000, 3600);
        assertThat(overWithToken.body()).contains("Channel " + channel.channelId() + " delivered more than its limit");
        intake.startQueued(channel.channelId());
        assertThat(jdbc.queryForList("select external_id from interaction where channel_id = ? order by external_id",
                String.class, channel.channelId())).containsExactly("ok-1", "ok-2", "ok-3");
        // the neighbour on the same address delivers as before: the limit is the channel's
        LoopbackClient.Answer neighbours = sender.post(neighbour.batch(interaction("n-1", "Hi")),
                "Authorization", "Bearer " + neighbour.token());
        assertThat(neighbours.status()).as(neighbours.body()).isEqualTo(202);
    }

    private void assertTooManyRequests(LoopbackClient.Answer answer, long minSeconds, long maxSeconds)
            throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(minSeconds, maxSeconds);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asText()).isEqualTo("Too many requests");
        assertThat(problem.path("detail").asText()).contains("in " + answer.header("Retry-After") + " s");
    }

    private long rows() {
        intake.startQueued(channel.channelId());
        return jdbc.queryForObject("select count(*) from interaction where channel_id = ?", Long.class,
                channel.channelId());
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
