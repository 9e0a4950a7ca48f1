package io.engineroom.notification.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.SecretBox;
import io.engineroom.base.TeamEvent;
import io.engineroom.base.TeamEventType;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.outbox.DeliveryStatus;
import io.engineroom.notification.outbox.OutboundDelivery;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Team chat against stand-in chats (WireMock): an event reaches each platform's webhook in that platform's own
 * format with a link back to Engine Room, only the active chats of the event's brand that chose its type hear it,
 * a chat that answers 500 is tried again after the backoff, one that answers 400 is given up at once, and only an
 * admin or the brand's social media manager manages the brand's chats.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class TeamChatTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String APP = "https://engine-room.example";

    @Autowired
    ChatTargets chats;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecretBox box;
    @Autowired
    ApplicationEvents recorded;

    WireMockServer server;
    String brand;
    String manager;
    String suffix;

    /** A team event as any module publishes its own. */
    record BreachEvent(TeamEventType type, String brandId, Instant occurredAt, String summary, String link,
            Map<String, Object> data) implements TeamEvent {
    }

    @BeforeEach
    void aBrandItsManagerAndStandInChats() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "chat-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Chat Test " + suffix, false));
        manager = TestUsers.ensure(users, brands, "chat-manager-" + suffix, Role.SOCIAL_MANAGER, brand);
        for (String path : List.of("/slack", "/teams", "/mattermost", "/other-topic", "/inactive", "/other-brand")) {
            server.stubFor(post(path).willReturn(aResponse().withStatus(200).withBody("ok")));
        }
    }

    @AfterEach
    void stopTheChats() {
        TestClock.get().reset();
        server.stop();
    }

    @Test
    void eachPlatformGetsTheEventInItsOwnFormatWithALinkBackToWhereToAct() throws Exception {
        asManager(() -> {
            chats.add(brand, form(ChatPlatform.SLACK, "#social", "/slack", TeamEventType.SLA_BREACHED));
            chats.add(brand, form(ChatPlatform.TEAMS, "Social team", "/teams", TeamEventType.SLA_BREACHED,
                    TeamEventType.INCIDENT_RAISED));
            chats.add(brand, form(ChatPlatform.MATTERMOST, "town-square", "/mattermost", TeamEventType.SLA_BREACHED));
            chats.add(brand, form(ChatPlatform.SLACK, "#launches", "/other-topic", TeamEventType.CONTENT_PUBLISHED));
            long inactive = chats.add(brand, form(ChatPlatform.SLACK, "#old", "/inactive",
                    TeamEventType.SLA_BREACHED)).id();
            chats.deactivate(inactive);
            return null;
        });
        long otherBrands = AsAdmin.call(() -> chats.add("beanleaf", form(ChatPlatform.SLACK, "#bl-" + suffix,
                "/other-brand", TeamEventType.SLA_BREACHED)).id());

        publish(breach("SLA breached: reply to @anna <& co> on Mastodon"));

        JsonNode slack = JSON.readTree(awaitOne("/slack").getBodyAsString());
        assertThat(slack.at("/text").asText()).isEqualTo("SLA breached: SLA breached: reply to @anna <& co> on Mastodon");
        JsonNode section = slack.at("/blocks/0");
        assertThat(section.at("/type").asText()).isEqualTo("section");
        assertThat(section.at("/text/type").asText()).isEqualTo("mrkdwn");
        assertThat(section.at("/text/text").asText()).startsWith("*SLA breached*\n")
                .contains("@anna &lt;&amp; co&gt; on Mastodon").contains("<" + APP + "/task/t-1|Open in Engine Room>");
        assertThat(section.at("/accessory/type").asText()).isEqualTo("button");
        assertThat(section.at("/accessory/url").asText()).isEqualTo(APP + "/task/t-1");
        assertThat(slack.at("/blocks/1/type").asText()).isEqualTo("context");
        assertThat(slack.at("/blocks/1/elements/0/text").asText()).isEqualTo("Chat Test " + suffix + " · Engine Room");

        JsonNode teams = JSON.readTree(awaitOne("/teams").getBodyAsString());
        assertThat(teams.at("/type").asText()).isEqualTo("message");
        assertThat(teams.at("/attachments/0/contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = teams.at("/attachments/0/content");
        assertThat(card.at("/type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.at("/version").asText()).isEqualTo("1.4");
        assertThat(card.at("/body/0/text").asText()).isEqualTo("SLA breached");
        assertThat(card.at("/body/1/text").asText()).isEqualTo("SLA breached: reply to @anna <& co> on Mastodon");
        assertThat(card.at("/actions/0/type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(card.at("/actions/0/url").asText()).isEqualTo(APP + "/task/t-1");

        JsonNode mattermost = JSON.readTree(awaitOne("/mattermost").getBodyAsString());
        JsonNode attachment = mattermost.at("/attachments/0");
        assertThat(attachment.at("/fallback").asText()).isEqualTo("SLA breached: SLA breached: reply to @anna <& co>"
                + " on Mastodon");
        assertThat(attachment.at("/title").asText()).isEqualTo("SLA breached");
        assertThat(attachment.at("/title_link").asText()).isEqualTo(APP + "/task/t-1");
        assertThat(attachment.at("/text").asText()).isEqualTo("SLA breached: reply to @anna <& co> on Mastodon");
        assertThat(attachment.at("/color").asText()).isEqualTo("#d9534f");

        LoggedRequest request = awaitOne("/slack");
        assertThat(request.getHeader("User-Agent")).isEqualTo("EngineRoom");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        Thread.sleep(1500);   // a worker pass or two more: nothing else arrives
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/other-topic")))).as("another topic").isEmpty();
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/inactive")))).as("deactivated").isEmpty();
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/other-brand")))).as("another brand").isEmpty();
        // Bean & Leaf's other events (other tests') are not for this stand-in chat, which stops with this test
        AsAdmin.run(() -> chats.deactivate(otherBrands));
    }

    @Test
    void aChatThatAnswers500IsTriedAgainAfterTheBackoffAndThenSent() {
        server.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("upstream trouble")).willSetStateTo("recovered"));
        server.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("ok")));
        long id = asManager(() -> chats.add(brand, form(ChatPlatform.MATTERMOST, "flaky", "/flaky",
                TeamEventType.SLA_BREACHED)).id());

        publish(breach("SLA breached: reply to @ben"));

        OutboundDelivery first = awaitDelivery(id, delivery -> delivery.attempts() == 1);
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.lastStatus()).isEqualTo(500);
        assertThat(first.lastResponse()).isEqualTo("upstream trouble");
        assertThat(first.eventType()).isEqualTo("sla.breached");

        TestClock.get().moveBy(Duration.ofSeconds(31));   // the first retry waits 30 s
        OutboundDelivery sent = awaitDelivery(id, delivery -> delivery.status() == DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastStatus()).isEqualTo(200);
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/flaky")))).hasSize(2)
                .extracting(LoggedRequest::getBodyAsString).as("the same message again").containsOnly(
                        server.findAll(postRequestedFor(urlEqualTo("/flaky"))).get(0).getBodyAsString());
    }

    @Test
    void aChatThatAnswers400IsGivenUpAtOnceAndOneThatSays429IsTriedAgain() {
        server.stubFor(post("/gone").willReturn(aResponse().withStatus(400).withBody("no_service")));
        server.stubFor(post("/busy").willReturn(aResponse().withStatus(429).withBody("rate limited")));
        long gone = asManager(() -> chats.add(brand, form(ChatPlatform.SLACK, "gone", "/gone",
                TeamEventType.SLA_BREACHED)).id());
        long busy = asManager(() -> chats.add(brand, form(ChatPlatform.TEAMS, "busy", "/busy",
                TeamEventType.SLA_BREACHED)).id());

        publish(breach("SLA breached: reply to @cleo"));

        OutboundDelivery refused = awaitDelivery(gone, delivery -> delivery.attempts() == 1);
        assertThat(refused.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(refused.lastStatus()).isEqualTo(400);
        assertThat(refused.lastResponse()).isEqualTo("no_service");
        assertThat(refused.lastError()).endsWith("answered HTTP 400");
        OutboundDelivery later = awaitDelivery(busy, delivery -> delivery.attempts() == 1);
        assertThat(later.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(later.lastStatus()).isEqualTo(429);
    }

    @Test
    void aRolledBackCauseTellsNoChat() throws Exception {
        long id = asManager(() -> chats.add(brand, form(ChatPlatform.SLACK, "#social", "/slack",
                TeamEventType.SLA_BREACHED)).id());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(breach("Never happened"));
            status.setRollbackOnly();
        });

        Thread.sleep(1500);
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/slack")))).isEmpty();
        assertThat(asManager(() -> chats.deliveries(id))).isEmpty();
    }

    @Test
    void aSavedWebhookAddressIsShownOnlyByItsHostAndKeptWhenTheFieldIsLeftEmpty() {
        ChatTarget saved = asManager(() -> chats.add(brand, form(ChatPlatform.SLACK, "#social", "/slack",
                TeamEventType.SLA_BREACHED)));
        assertThat(saved.host()).isEqualTo("localhost");
        assertThat(saved.toString()).doesNotContain("/slack");

        ChatTarget edited = asManager(() -> chats.edit(saved.id(), new ChatTargetForm(ChatPlatform.SLACK, "#alerts",
                "  ", Set.of(TeamEventType.SLA_BREACHED, TeamEventType.INCIDENT_RAISED), true)));
        assertThat(edited.name()).isEqualTo("#alerts");
        assertThat(edited.topics()).containsExactlyInAnyOrder(TeamEventType.SLA_BREACHED,
                TeamEventType.INCIDENT_RAISED);
        String stored = jdbc.queryForObject("select webhook_url from chat_target where id = ?", String.class,
                saved.id());
        assertThat(stored).as("sealed at rest").startsWith(SecretBox.PREFIX).doesNotContain("/slack");
        assertThat(box.open(stored)).isEqualTo(server.baseUrl() + "/slack");

        assertThat(recorded.stream(AdminChange.class).filter(change -> brand.equals(change.brandId())
                && "chat target".equals(change.area())).toList())
                .as("the audit trail's records, the address only by host").satisfiesExactly(
                        created -> assertThat(created.action()).isEqualTo("created"),
                        changed -> assertThat(changed.action()).isEqualTo("changed"))
                .allSatisfy(change -> {
                    assertThat(change.actor()).isEqualTo(manager);
                    assertThat(change.after()).containsEntry("Webhook", "localhost (address kept secret)");
                    assertThat(change.after().values()).noneMatch(value -> value.contains("/slack"));
                });

        asManager(() -> chats.sendTest(saved.id()));
        JsonNode test = readBody(awaitOne("/slack"));
        assertThat(test.at("/blocks/0/text/text").asText()).contains("Test message from Engine Room")
                .contains("#alerts");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> asManager(() -> chats.add(brand, new ChatTargetForm(null, " ", "ftp://example.com/x",
                Set.of(), true))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("platform", "name", "webhookUrl", "topics")
                        .containsEntry("webhookUrl", "An http(s) address is required"));
        assertThatThrownBy(() -> asManager(() -> chats.add(brand, new ChatTargetForm(ChatPlatform.SLACK, "#x", null,
                Set.of(TeamEventType.SLA_BREACHED), true))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("webhookUrl"));
        assertThat(asManager(() -> chats.of(brand))).isEmpty();
    }

    @Test
    void onlyAnAdminOrTheBrandsSocialMediaManagerManagesItsChats() {
        long id = asManager(() -> chats.add(brand, form(ChatPlatform.SLACK, "#social", "/slack",
                TeamEventType.SLA_BREACHED)).id());
        assertThat(AsAdmin.call(() -> chats.of(brand))).extracting(ChatTarget::id).containsExactly(id);

        String otherManager = TestUsers.ensure(users, brands, "chat-other-" + suffix, Role.SOCIAL_MANAGER, "beanleaf");
        String memberButNoManager = TestUsers.ensure(users, brands, "chat-cm-" + suffix, Role.COMMUNITY_MANAGER,
                brand);
        for (String outsider : List.of(otherManager, memberButNoManager)) {
            try (var signedIn = SignedIn.as(users, outsider)) {
                assertThatThrownBy(() -> chats.of(brand)).as(outsider).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> chats.add(brand, form(ChatPlatform.SLACK, "#mine", "/slack",
                        TeamEventType.SLA_BREACHED))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> chats.edit(id, form(ChatPlatform.SLACK, "#mine", "/slack",
                        TeamEventType.SLA_BREACHED))).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> chats.deactivate(id)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> chats.sendTest(id)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> chats.deliveries(id)).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(asManager(() -> chats.of(brand))).singleElement().satisfies(target -> {
            assertThat(target.name()).isEqualTo("#social");
            assertThat(target.active()).isTrue();
        });
    }

    private ChatTargetForm form(ChatPlatform platform, String name, String path, TeamEventType... topics) {
        return new ChatTargetForm(platform, name, server.baseUrl() + path, Set.of(topics), true);
    }

    private BreachEvent breach(String summary) {
        return new BreachEvent(TeamEventType.SLA_BREACHED, brand, Instant.now(), summary, "/task/t-1",
                Map.of("interactionId", "i-1", "queue", "community-manager", "dueAt", "2026-12-05T10:00:00Z"));
    }

    /** Publishes the event in a transaction, as a module does with the cause it commits. */
    private void publish(TeamEvent event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private <T> T asManager(Supplier<T> work) {
        try (var signedIn = SignedIn.as(users, manager)) {
            return work.get();
        }
    }

    private LoggedRequest awaitOne(String path) {
        long until = System.currentTimeMillis() + 15_000;
        List<LoggedRequest> requests;
        while ((requests = server.findAll(postRequestedFor(urlEqualTo(path)))).isEmpty()
                && System.currentTimeMillis() < until) {
            sleep(50);
        }
        assertThat(requests).as("posted to " + path).hasSize(1);
        return requests.get(0);
    }

    private OutboundDelivery awaitDelivery(long targetId, java.util.function.Predicate<OutboundDelivery> wanted) {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            List<OutboundDelivery> log = asManager(() -> chats.deliveries(targetId));
            if (log.size() == 1 && wanted.test(log.get(0))) {
                return log.get(0);
            }
            sleep(100);
        }
        throw new AssertionError("No delivery as wanted within 15 s: " + asManager(() -> chats.deliveries(targetId)));
    }

    private static JsonNode readBody(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
