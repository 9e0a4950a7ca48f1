package io.engineroom.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeChannel;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/interactions/{id}} over real HTTP: the delivering channel sees its interaction queued after the
 * 202 and started (with when) once worked through; another channel's credentials get 404 as for an id that does
 * not exist; no credentials get 401. Every refusal is a problem detail.
 */
@EngineRoomIntegrationTest
class InteractionStatusApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

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

    final HttpClient http = HttpClient.newHttpClient();
    IntakeChannel channel;
    String interactionId;

    @BeforeEach
    void anInteractionDelivered() throws Exception {
        channel = IntakeChannel.create(brands, channels, credentials, users, "status");
        HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(uri("")).header("Content-Type",
                "application/json").header("Authorization", "Bearer " + channel.token())
                .POST(HttpRequest.BodyPublishers.ofString(channel.batch(IntakeChannel.interaction(
                        "s-" + UUID.randomUUID(), "Is the shop open on Sunday?")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(receipt.statusCode()).isEqualTo(202);
        interactionId = JSON.readTree(receipt.body()).at("/interactions/0/interactionId").asText();
    }

    @Test
    void theChannelSeesItsInteractionQueuedAndThenStarted() throws Exception {
        JsonNode queued = JSON.readTree(ask(channel.token(), interactionId).body());
        assertThat(queued.get("stage").asText()).isEqualTo("QUEUED");
        assertThat(queued.get("interactionId").asText()).isEqualTo(interactionId);
        assertThat(queued.get("sopStartedAt").isNull()).isTrue();

        intake.startQueued(channel.channelId());

        HttpResponse<String> answer = ask(channel.token(), interactionId);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode started = JSON.readTree(answer.body());
        assertThat(started.get("stage").asText()).isEqualTo("STARTED");
        assertThat(Instant.parse(started.get("sopStartedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(started.get("receivedAt").asText()));
    }

    @Test
    void anotherChannelsCredentialsFindNothingThere() throws Exception {
        IntakeChannel other = IntakeChannel.create(brands, channels, credentials, users, "status-other");

        HttpResponse<String> answer = ask(other.token(), interactionId);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).get("detail").asText()).doesNotContain("Is the shop open");
        assertThat(ask(other.token(), "no-such-id").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutCredentialsTheAnswerIs401() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/" + interactionId)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).get("title").asText()).isNotBlank();
    }

    private HttpResponse<String> ask(String token, String id) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/" + id)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/api/interactions" + path);
    }
}
