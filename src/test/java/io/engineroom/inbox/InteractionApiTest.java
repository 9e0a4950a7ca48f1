package io.engineroom.inbox;

import static io.engineroom.inbox.IntakeChannel.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/interactions over real HTTP on PostgreSQL: accepted once, durable, with its SOP; refused when unsure
 * who sends, before the body is parsed; refused when the body names another channel than the credentials.
 */
@EngineRoomIntegrationTest
class InteractionApiTest {

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
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    ApiClient api;
    IntakeChannel channel;

    @BeforeEach
    void aChannelWithCredentials() {
        api = new ApiClient(port);
        channel = IntakeChannel.create(brands, channels, credentials, users, "api");
    }

    @Test
    void oneOrABatchIsAcceptedDurableAndRunsItsSop() throws Exception {
        String single = "{\"channelId\":" + channel.channelId() + ",\"interaction\":"
                + interaction("single-1", "Where is my order?") + "}";
        HttpResponse<String> one = api.withToken(channel.token(), single);
        HttpResponse<String> batch = api.withToken(channel.token(), channel.batch(interaction("b-1", "Love it"),
                interaction("b-2", "Broken cup, not happy"), interaction("b-3", "Do you ship to Oslo?")));

        assertThat(one.statusCode()).as(one.body()).isEqualTo(202);
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(202);
        JsonNode receipt = json.readTree(batch.body());
        assertThat(receipt.get("created").asInt()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : receipt.get("interactions")) {
            assertThat(entry.get("duplicate").asBoolean()).isFalse();
            ids.add(entry.get("interactionId").asText());
        }
        assertThat(receipt.get("interactions")).extracting(entry -> entry.get("externalId").asText())
                .containsExactly("b-1", "b-2", "b-3");
        ids.add(json.readTree(one.body()).get("interactions").get(0).get("interactionId").asText());
        assertThat(rows()).isEqualTo(4);
        for (String id : ids) {
            ProcessInstance sop = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey("interaction:" + id).singleResult();
            assertThat(sop).as("SOP of " + id).isNotNull();
            assertThat(sop.getTenantId()).isEqualTo(channel.brandId());
            assertThat(jdbc.queryForObject("select process_instance_id from interaction where id = ?", String.class,
                    id)).isEqualTo(sop.getId());
        }
        assertThat(jdbc.queryForObject("select text from interaction where channel_id = ? and external_id = 'b-2'",
                String.class, channel.channelId())).isEqualTo("Broken cup, not happy");
    }

    @Test
    void theSameDeliveryThreeTimesMakesOneInteraction() throws Exception {
        String body = channel.batch(interaction("again-1", "Hello?"));
        List<JsonNode> receipts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = api.withToken(channel.token(), body);
            assertThat(answer.statusCode()).isEqualTo(202);
            receipts.add(json.readTree(answer.body()).get("interactions").get(0));
        }

        assertThat(rows()).isEqualTo(1);
        assertThat(receipts).extracting(entry -> entry.get("duplicate").asBoolean()).containsExactly(false, true, true);
        assertThat(receipts).extracting(entry -> entry.get("interactionId").asText()).containsOnly(
                receipts.get(0).get("interactionId").asText());
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("interaction:" + receipts.get(0).get("interactionId").asText()).count())
                .isEqualTo(1);
    }

    @Test
    void eightIdenticalDeliveriesAtOnceMakeOneInteraction() throws Exception {
        String body = channel.batch(interaction("race-1", "First!"), interaction("race-2", "Second"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit((Callable<HttpResponse<String>>) () -> {
                    start.await();
                    return api.withToken(channel.token(), body);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(202);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(rows()).isEqualTo(2);
        assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn(channel.brandId()).count())
                .isEqualTo(2);
    }

    @Test
    void aSignedDeliveryIsAcceptedOnceWithinTheReplayWindow() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = channel.batch(interaction("signed-1", "Signed hello"));

        HttpResponse<String> first = api.signed(channel.channelId(), channel.secret(), now, body);
        HttpResponse<String> replay = api.signed(channel.channelId(), channel.secret(), now, body);
        HttpResponse<String> resigned = api.signed(channel.channelId(), channel.secret(), now + 1, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertRefused(replay, 401);
        assertThat(replay.body()).contains("used already");
        assertThat(resigned.statusCode()).isEqualTo(202);
        assertThat(json.readTree(resigned.body()).get("interactions").get(0).get("duplicate").asBoolean()).isTrue();
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void wrongOrMissingCredentialsAre401AndStoreNothing() {
        long now = Instant.now().getEpochSecond();
        String body = channel.batch(interaction("nope-1", "Let me in"));
        IntakeChannel other = IntakeChannel.create(brands, channels, credentials, users, "api-other");

        assertRefused(api.withToken("ert_not-the-token-at-all-000000000000", body), 401);
        assertRefused(api.withToken("", body), 401);
        assertRefused(api.send(api.request(), body.getBytes()), 401);
        assertRefused(api.signed(channel.channelId(), other.secret(), now, body), 401); // another channel's secret
        // outside the replay window
        assertRefused(api.signed(channel.channelId(), channel.secret(), now - 360, body), 401);
        assertRefused(api.signed(channel.channelId(), channel.secret(), now + 360, body), 401);
        assertRefused(api.send(signedAs(channel, now).header("X-EngineRoom-Signature", "sha256=" + "ab".repeat(32)),
                body.getBytes()), 401);
        // signed over a different body than the one sent
        assertRefused(api.send(signedAs(channel, now).header("X-EngineRoom-Signature", "sha256=" + ApiClient.hmac(
                channel.secret(), now + ".", channel.batch(interaction("nope-2", "other")).getBytes())),
                body.getBytes()), 401);
        // a good signature that does not say for which channel: it cannot be checked before the body is read
        HttpResponse<String> unnamed = api.send(api.request().header("X-EngineRoom-Timestamp", Long.toString(now))
                .header("X-EngineRoom-Signature", "sha256=" + ApiClient.hmac(channel.secret(), now + ".",
                        body.getBytes())), body.getBytes());
        assertRefused(unnamed, 401);
        assertThat(unnamed.body()).contains("X-EngineRoom-Channel");
        // a token of this channel does not speak for another one named in the header, existing or not
        assertRefused(api.send(api.request().header("Authorization", "Bearer " + channel.token())
                .header("X-EngineRoom-Channel", Long.toString(other.channelId())), body.getBytes()), 401);
        HttpResponse<String> unknownChannel = api.send(api.request().header("Authorization", "Bearer "
                + channel.token()).header("X-EngineRoom-Channel", "987654321"), body.getBytes());
        assertRefused(unknownChannel, 401);
        // the same answer as for a channel that exists, so it does not tell which ids do
        assertThat(unknownChannel.body()).contains("Missing or wrong credentials for channel 987654321");

        assertThat(rows()).isZero();
        intake.startQueued(other.channelId());
        assertThat(jdbc.queryForObject("select count(*) from interaction where channel_id = ?", Long.class,
                other.channelId())).isZero();
    }

    @Test
    void aBodyNamingAnotherChannelThanTheCredentialsIs403AndStoresNothing() {
        long now = Instant.now().getEpochSecond();
        IntakeChannel other = IntakeChannel.create(brands, channels, credentials, users, "api-other");
        String forOther = other.batch(interaction("elsewhere-1", "Not mine"));
        String forUnknown = forOther.replace("\"channelId\":" + other.channelId(), "\"channelId\":987654321");

        HttpResponse<String> existing = api.withToken(channel.token(), forOther);
        HttpResponse<String> othersToken = api.withToken(other.token(), channel.batch(interaction("mine-1", "Hi")));
        HttpResponse<String> unknown = api.withToken(channel.token(), forUnknown);
        HttpResponse<String> signed = api.signed(channel.channelId(), channel.secret(), now, forOther);

        assertRefused(existing, 403);
        assertRefused(othersToken, 403);
        assertRefused(unknown, 403);
        assertRefused(signed, 403);
        // the same answer whether the named channel exists, apart from its id
        assertThat(unknown.body().replace("987654321", "N"))
                .isEqualTo(existing.body().replace(Long.toString(other.channelId()), "N"));
        intake.startQueued(channel.channelId());
        intake.startQueued(other.channelId());
        assertThat(jdbc.queryForObject("select count(*) from interaction where channel_id in (?, ?)", Long.class,
                channel.channelId(), other.channelId())).isZero();
    }

    @Test
    void aTokenAloneSaysForWhichChannelItDelivers() throws Exception {
        String body = "{\"interactions\":[" + interaction("no-id-1", "Which channel am I?") + "]}";

        HttpResponse<String> answer = api.withToken(channel.token(), body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(json.readTree(answer.body()).get("channelId").asLong()).isEqualTo(channel.channelId());
        assertThat(rows()).isOne();
    }

    @Test
    void aTokenBelongsToOneChannelOnly() {
        IntakeChannel other = IntakeChannel.create(brands, channels, credentials, users, "api-other");

        try (SignedIn admin = SignedIn.as(users, "admin")) {
            // it names its channel by itself, so a second channel cannot be given it
            assertThatThrownBy(() -> credentials.useToken(other.channelId(), channel.token()))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("Another channel has this token");
            credentials.useToken(channel.channelId(), channel.token()); // its own again is fine
        }
        assertThat(api.withToken(other.token(), other.batch(interaction("still-1", "Still mine"))).statusCode())
                .isEqualTo(202);
    }

    @Test
    void nobodyReachesTheJsonParserWithoutCredentials() {
        long now = Instant.now().getEpochSecond();
        byte[] broken = "{\"channelId\": 1, \"interactions\": [ oops".getBytes();

        assertRefused(api.send(api.request(), broken), 401);
        assertRefused(api.send(api.request().header("Authorization", "Bearer ert_wrong-wrong-wrong-wrong-wrong"),
                broken), 401);
        assertRefused(api.send(signedAs(channel, now).header("X-EngineRoom-Signature", "sha256=" + "cd".repeat(32)),
                broken), 401);
        // with the channel's credentials, the same bytes are read as JSON and found broken
        HttpResponse<String> withToken = api.send(api.request().header("Authorization", "Bearer " + channel.token()),
                broken);
        HttpResponse<String> signed = api.send(signedAs(channel, now).header("X-EngineRoom-Signature", "sha256="
                + ApiClient.hmac(channel.secret(), now + ".", broken)), broken);
        assertRefused(withToken, 400);
        assertRefused(signed, 400);
        assertThat(withToken.body()).contains("not valid JSON");
        assertThat(signed.body()).contains("not valid JSON");
        assertThat(rows()).isZero();
    }

    private java.net.http.HttpRequest.Builder signedAs(IntakeChannel sender, long timestamp) {
        return api.request().header("X-EngineRoom-Channel", Long.toString(sender.channelId()))
                .header("X-EngineRoom-Timestamp", Long.toString(timestamp));
    }

    private void assertRefused(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        if (status == 401) {
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    scheme -> assertThat(scheme).startsWith("Bearer"));
        }
    }

    /** The channel's interactions, once worked through (the test context runs no intake workers). */
    private long rows() {
        intake.startQueued(channel.channelId());
        return jdbc.queryForObject("select count(*) from interaction where channel_id = ?", Long.class,
                channel.channelId());
    }
}
