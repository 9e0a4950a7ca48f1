package io.engineroom.notification.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import io.engineroom.brand.BrandService;
import io.engineroom.inbox.SlaBreached;
import io.engineroom.notification.outbox.DeliveryAttempt;
import io.engineroom.notification.outbox.DeliveryChannel;
import io.engineroom.notification.outbox.DeliveryStatus;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.notification.outbox.OutboxSettings;
import io.engineroom.notification.outbox.OutboxStore;
import io.engineroom.notification.outbox.OutboxWorker;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Event webhooks against a stand-in receiver (WireMock): the signature verifies with the subscription's secret,
 * a receiver that fails for now is tried again after the outbox's backoff, one that always fails is given up after
 * the outbox's attempts, a 4xx is given up at once, and a re-send delivers the very event again. The outbox worker
 * is stopped meanwhile and driven by hand ({@code drain()}), the backoff passed by moving the application's clock.
 */
@EngineRoomIntegrationTest
class WebhookDeliveryTest {

    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    OutboxWorker worker;
    @Autowired
    OutboxStore outbox;
    @Autowired
    OutboxSettings settings;
    @Autowired
    BrandService brands;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectMapper json;

    WireMockServer receiver;
    String brandId;

    @BeforeEach
    void aBrandAndAReceiver() {
        worker.stop();
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        brandId = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.call(() -> brands.create(brandId, "Hooks " + brandId, false));
    }

    @AfterEach
    void restore() {
        TestClock.get().reset();
        receiver.stop();
        worker.start();
    }

    @Test
    void theCallIsSignedWithTheSubscriptionsSecretOverTheTimestampAndTheExactBody() throws Exception {
        receiver.stubFor(post("/events").willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
        WebhookSubscriptions.NewSecret subscribed = subscribe(TeamEventType.SLA_BREACHED);
        assertThat(subscribed.secret()).startsWith("whsec_").hasSizeGreaterThan(40);

        Instant due = Instant.parse("2031-03-04T10:15:00Z");
        publish(new SlaBreached(brandId, "int-1", "community-manager", due, Instant.now()));
        worker.drain();

        LoggedRequest call = only(receiver.findAll(postRequestedFor(urlEqualTo("/events"))));
        String timestamp = call.getHeader("X-EngineRoom-Timestamp");
        assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond())).isLessThan(60);
        assertThat(call.getHeader("X-EngineRoom-Signature"))
                .isEqualTo("sha256=" + hmac(subscribed.secret(), timestamp, call.getBody()))
                .isNotEqualTo("sha256=" + hmac("whsec_another", timestamp, call.getBody()));
        assertThat(call.getHeader("Content-Type")).startsWith("application/json");
        assertThat(call.getHeader("User-Agent")).isEqualTo("EngineRoom");
        assertThat(call.getHeader("X-EngineRoom-Event")).isEqualTo("sla.breached");

        JsonNode body = json.readTree(call.getBody());
        assertThat(call.getHeader("X-EngineRoom-Delivery")).isEqualTo(body.get("id").asText());
        assertThat(UUID.fromString(body.get("id").asText())).isNotNull();
        assertThat(body.get("type").asText()).isEqualTo("sla.breached");
        assertThat(body.get("brand").asText()).isEqualTo(brandId);
        assertThat(body.get("link").asText()).matches("https?://[^/]+.*/inbox");
        assertThat(body.get("summary").asText()).contains("int-1");
        assertThat(Instant.parse(body.get("occurredAt").asText())).isNotNull();
        assertThat(body.get("data").get("interactionId").asText()).isEqualTo("int-1");
        assertThat(body.get("data").get("queue").asText()).isEqualTo("community-manager");
        assertThat(body.get("data").get("dueAt").asText()).isEqualTo("2031-03-04T10:15:00Z");

        OutboundDelivery delivery = only(log(subscribed));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.lastStatus()).isEqualTo(200);
        assertThat(delivery.lastResponse()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void onlyTheSubscribedTypesOfTheSubscriptionsOwnBrandAreDelivered() {
        receiver.stubFor(post("/events").willReturn(aResponse().withStatus(200)));
        WebhookSubscriptions.NewSecret subscribed = subscribe(TeamEventType.INCIDENT_RAISED);

        publish(new SlaBreached(brandId, "int-2", "community-manager", Instant.now(), Instant.now()));
        publish(new SlaBreached("beanleaf", "int-3", "community-manager", Instant.now(), Instant.now()));
        worker.drain();

        assertThat(log(subscribed)).isEmpty();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/events")))).isEmpty();
    }

    @Test
    void aServerErrorIsTriedAgainAfterTheBackoffWithAFreshSignatureAndThenSent() throws Exception {
        receiver.stubFor(post("/events").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("database down")).willSetStateTo("up"));
        receiver.stubFor(post("/events").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        WebhookSubscriptions.NewSecret subscribed = subscribe(TeamEventType.SLA_BREACHED);
        publish(new SlaBreached(brandId, "int-4", "support", Instant.now(), Instant.now()));

        worker.drain();
        OutboundDelivery failed = only(log(subscribed));
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastStatus()).isEqualTo(500);
        assertThat(failed.lastResponse()).isEqualTo("database down");
        assertThat(Duration.between(TestClock.get().instant(), failed.nextAttemptAt()))
                .isBetween(settings.firstRetry().minusSeconds(5), settings.firstRetry());

        worker.drain();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/events")))).as("not due yet").hasSize(1);

        TestClock.get().moveBy(settings.firstRetry().plusSeconds(1));
        worker.drain();

        OutboundDelivery sent = only(log(subscribed));
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastStatus()).isEqualTo(204);
        List<LoggedRequest> calls = receiver.findAll(postRequestedFor(urlEqualTo("/events")));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).getBodyAsString()).isEqualTo(calls.get(0).getBodyAsString());
        assertThat(calls.get(1).getHeader("X-EngineRoom-Timestamp"))
                .isNotEqualTo(calls.get(0).getHeader("X-EngineRoom-Timestamp"));
        for (LoggedRequest call : calls) {
            assertThat(call.getHeader("X-EngineRoom-Signature")).isEqualTo("sha256=" + hmac(subscribed.secret(),
                    call.getHeader("X-EngineRoom-Timestamp"), call.getBody()));
        }
        assertThat(outbox.attempts(sent.id())).extracting(DeliveryAttempt::status).containsExactly(500, 204);
    }

    @Test
    void aReceiverThatAlwaysFailsIsGivenUpAfterTheOutboxsAttemptsAndItsLogKeepsEachAnswer() {
        receiver.stubFor(post("/events").willReturn(aResponse().withStatus(503).withBody("maintenance")));
        WebhookSubscriptions.NewSecret subscribed = subscribe(TeamEventType.SLA_BREACHED);
        publish(new SlaBreached(brandId, "int-5", "support", Instant.now(), Instant.now()));

        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            assertThat(only(log(subscribed)).status()).as("before attempt " + attempt)
                    .isEqualTo(DeliveryStatus.PENDING);
            worker.drain();
            TestClock.get().moveBy(settings.maxRetryDelay().plusSeconds(1));
        }
        worker.drain();

        OutboundDelivery dead = only(log(subscribed));
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(settings.maxAttempts());
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/events")))).hasSize(settings.maxAttempts());
        assertThat(outbox.attempts(dead.id())).hasSize(settings.maxAttempts())
                .allSatisfy(attempt -> {
                    assertThat(attempt.status()).isEqualTo(503);
                    assertThat(attempt.response()).isEqualTo("maintenance");
                    assertThat(attempt.succeeded()).isFalse();
                });
    }

    @Test
    void aClientErrorIsDeadAtOnceAndAReSendDeliversTheSameEventAgain() throws Exception {
        receiver.stubFor(post("/events").inScenario("fixed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"unknown type\"}"))
                .willSetStateTo("fixed"));
        receiver.stubFor(post("/events").inScenario("fixed").whenScenarioStateIs("fixed")
                .willReturn(aResponse().withStatus(202).withBody("accepted")));
        WebhookSubscriptions.NewSecret subscribed = subscribe(TeamEventType.SLA_BREACHED);
        publish(new SlaBreached(brandId, "int-6", "support", Instant.now(), Instant.now()));

        worker.drain();
        OutboundDelivery dead = only(log(subscribed));
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(1);
        assertThat(dead.lastStatus()).isEqualTo(400);
        assertThat(dead.lastResponse()).contains("unknown type");

        AsAdmin.run(() -> subscriptions.resend(subscribed.subscription().id(), dead.id()));
        worker.drain();

        OutboundDelivery sent = only(log(subscribed));
        assertThat(sent.id()).isEqualTo(dead.id());
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.lastStatus()).isEqualTo(202);
        List<LoggedRequest> calls = receiver.findAll(postRequestedFor(urlEqualTo("/events")));
        assertThat(calls).hasSize(2);
        String eventId = json.readTree(calls.get(0).getBody()).get("id").asText();
        assertThat(json.readTree(calls.get(1).getBody()).get("id").asText()).isEqualTo(eventId);
        assertThat(calls).extracting(call -> call.getHeader("X-EngineRoom-Delivery")).containsOnly(eventId);
        assertThat(sent.eventId()).isEqualTo(eventId);
        assertThat(outbox.attempts(sent.id())).extracting(DeliveryAttempt::status).containsExactly(400, 202);

        assertThatThrownBy(() -> AsAdmin.run(() -> subscriptions.resend(subscribed.subscription().id(),
                anotherPendingDelivery()))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDeactivatedSubscriptionGetsNothingMoreEvenWhatWasWaiting() {
        receiver.stubFor(post("/events").willReturn(aResponse().withStatus(200)));
        WebhookSubscriptions.NewSecret subscribed = subscribe(TeamEventType.SLA_BREACHED);
        publish(new SlaBreached(brandId, "int-7", "support", Instant.now(), Instant.now()));

        AsAdmin.call(() -> subscriptions.deactivate(subscribed.subscription().id()));
        publish(new SlaBreached(brandId, "int-8", "support", Instant.now(), Instant.now()));
        worker.drain();

        OutboundDelivery refused = only(log(subscribed));
        assertThat(refused.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(refused.lastError()).isEqualTo("The subscription is deactivated");
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/events")))).isEmpty();
    }

    @Test
    void anAddressThatIsNoHttpAddressOrNoEventChosenIsRefusedAtItsFieldAndNothingIsStored() {
        assertThatThrownBy(() -> AsAdmin.call(() -> subscriptions.add(brandId, "ftp://files.example/x", Set.of())))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsEntry("url", "An http(s) address is required")
                        .containsEntry("eventTypes", "Choose at least one event"));
        assertThat(AsAdmin.call(() -> subscriptions.of(brandId))).isEmpty();
    }

    private WebhookSubscriptions.NewSecret subscribe(TeamEventType... types) {
        return AsAdmin.call(() -> subscriptions.add(brandId, receiver.baseUrl() + "/events", Set.of(types)));
    }

    /** Publishes the event in a transaction, as its module would in the transaction of its cause. */
    private void publish(TeamEvent event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<OutboundDelivery> log(WebhookSubscriptions.NewSecret subscribed) {
        return outbox.log(DeliveryChannel.WEBHOOK, subscribed.subscription().id(), 10);
    }

    /** A delivery of a second subscription that has not been sent: it cannot be sent "again". */
    private long anotherPendingDelivery() {
        WebhookSubscriptions.NewSecret other = subscribe(TeamEventType.INCIDENT_RESOLVED);
        long id = outbox.enqueue(io.engineroom.notification.outbox.NewDelivery.webhook(other.subscription().id(),
                brandId, "incident.resolved", UUID.randomUUID().toString(), "{}", Instant.now().plus(1,
                        ChronoUnit.DAYS)), 8, Instant.now());
        return id;
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** The receiver's check, written apart from Engine Room's own code: HMAC-SHA256 of "timestamp.body". */
    private static String hmac(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
