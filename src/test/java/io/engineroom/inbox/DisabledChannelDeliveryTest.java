package io.engineroom.inbox;

import static io.engineroom.inbox.IntakeChannel.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelCredentials.CredentialStatus;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP: a disabled channel's deliveries are refused with an RFC 9457 problem (and taken again once it is
 * enabled), and a credential's last use is recorded at most once a minute.
 */
@EngineRoomIntegrationTest
class DisabledChannelDeliveryTest {

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

    ApiClient api;
    IntakeChannel channel;

    @BeforeEach
    void aChannelWithCredentials() {
        api = new ApiClient(port);
        channel = IntakeChannel.create(brands, channels, credentials, users, "off");
    }

    @AfterEach
    void clockBack() {
        TestClock.get().reset();
    }

    @Test
    void aDisabledChannelsDeliveriesAreRefusedWithAProblemAndTakenAgainOnceEnabled() throws Exception {
        AsAdmin.call(() -> channels.setEnabled(channel.channelId(), false));

        HttpResponse<String> refused = api.withToken(channel.token(), channel.batch(interaction("off-1", "Hello?")));
        HttpResponse<String> signed = api.signed(channel.channelId(), channel.secret(),
                Instant.now(TestClock.get()).getEpochSecond(), channel.batch(interaction("off-2", "Anyone?")));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("title").asText()).isEqualTo("Channel disabled");
        assertThat(problem.get("detail").asText()).contains("Channel " + channel.channelId() + " is disabled");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(403);
        assertThat(stored("off-1") + stored("off-2")).isZero();

        AsAdmin.call(() -> channels.setEnabled(channel.channelId(), true));
        HttpResponse<String> again = api.withToken(channel.token(), channel.batch(interaction("off-3", "Back?")));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(stored("off-3")).isOne();
    }

    @Test
    void aWrongCredentialForADisabledChannelIsStillJustUnauthenticated() {
        AsAdmin.call(() -> channels.setEnabled(channel.channelId(), false));

        HttpResponse<String> forged = api.signed(channel.channelId(), "ers_not-the-secret-of-this-channel",
                Instant.now(TestClock.get()).getEpochSecond(), channel.batch(interaction("off-4", "Hi")));

        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
    }

    @Test
    void theLastUseIsRecordedAtMostOncePerMinute() {
        assertThat(lastUsed().lastUsedAt()).isNull();

        api.withToken(channel.token(), channel.batch(interaction("used-1", "One")));
        Instant first = lastUsed().lastUsedAt();
        TestClock.get().moveBy(Duration.ofSeconds(30));
        api.withToken(channel.token(), channel.batch(interaction("used-2", "Two")));
        Instant withinTheMinute = lastUsed().lastUsedAt();
        TestClock.get().moveBy(Duration.ofSeconds(61));
        api.withToken(channel.token(), channel.batch(interaction("used-3", "Three")));
        Instant later = lastUsed().lastUsedAt();

        assertThat(first).isCloseTo(Instant.now(TestClock.get()).minusSeconds(91), within());
        assertThat(withinTheMinute).isEqualTo(first);
        assertThat(later).isCloseTo(Instant.now(TestClock.get()), within());
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(5, ChronoUnit.SECONDS);
    }

    private CredentialStatus lastUsed() {
        return AsAdmin.call(() -> credentials.credentialStatus(channel.channelId()));
    }

    private int stored(String externalId) {
        intake.startQueued(channel.channelId());
        return jdbc.queryForObject("select count(*) from interaction where channel_id = ? and external_id = ?",
                Integer.class, channel.channelId(), externalId);
    }
}
