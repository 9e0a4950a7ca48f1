package io.engineroom.notification.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryResult;
import io.engineroom.notification.outbox.DeliveryStatus;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.outbox.OutboundPost;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How one webhook call's answer is judged, without the application: 2xx delivered, 408, 429, 5xx and no
 * connection tried again, any other answer refused for good, and a private address refused before any call.
 */
class WebhookChannelTest {

    final WebhookStore store = mock(WebhookStore.class);
    final Clock clock = Clock.fixed(Instant.parse("2031-03-04T10:00:00Z"), ZoneOffset.UTC);
    WireMockServer receiver;

    @BeforeEach
    void aReceiver() {
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        when(store.target(1L)).thenReturn(Optional.of(new WebhookStore.Target(receiver.baseUrl() + "/e", "s3cret")));
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503})
    void aTemporaryAnswerIsTriedAgain(int status) {
        receiver.stubFor(post("/e").willReturn(aResponse().withStatus(status).withBody("later")));

        DeliveryResult result = channel(OutboundAddresses.ANY).deliver(delivery());

        assertThat(result.sent()).isFalse();
        assertThat(result.permanent()).isFalse();
        assertThat(result.status()).isEqualTo(status);
        assertThat(result.response()).isEqualTo("later");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 400, 401, 404, 410, 422})
    void anyOtherAnswerIsRefusedForGood(int status) {
        receiver.stubFor(post("/e").willReturn(aResponse().withStatus(status).withHeader("Location", "/x")));

        DeliveryResult result = channel(OutboundAddresses.ANY).deliver(delivery());

        assertThat(result.sent()).isFalse();
        assertThat(result.permanent()).isTrue();
        assertThat(result.error()).endsWith("answered HTTP " + status);
    }

    @Test
    void aReceiverThatIsNotThereIsTriedAgain() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        when(store.target(1L)).thenReturn(Optional.of(new WebhookStore.Target("http://127.0.0.1:" + closed + "/e",
                "s3cret")));

        DeliveryResult result = channel(OutboundAddresses.ANY).deliver(delivery());

        assertThat(result.permanent()).isFalse();
        assertThat(result.error()).startsWith("Could not reach");
    }

    @Test
    void aPrivateAddressIsRefusedBeforeAnyCall() {
        DeliveryResult result = channel(new OutboundAddresses(false)).deliver(delivery());

        assertThat(result.permanent()).isTrue();
        assertThat(result.error()).contains("local or private address");
        assertThat(receiver.getAllServeEvents()).isEmpty();
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        assertThat(WebhookChannel.signature("s3cret", "1700000000", "{}".getBytes()))
                // printf '1700000000.{}' | openssl dgst -sha256 -hmac s3cret
                .isEqualTo("97926816e98fbb41ccb1673225ff29a2f35369099990e1b1561651e7bd097ebf");
    }

    private WebhookChannel channel(OutboundAddresses addresses) {
        return new WebhookChannel(store, new OutboundPost(addresses), clock);
    }

    private static OutboundDelivery delivery() {
        return new OutboundDelivery(9, DeliveryChannel.WEBHOOK, 1L, null, "beanleaf", "sla.breached", "evt-1", null,
                null, "{\"id\":\"evt-1\"}", null, null, null, DeliveryStatus.PENDING, 0, 8, Instant.now(),
                Instant.now(), null, null, null, null, null);
    }
}
