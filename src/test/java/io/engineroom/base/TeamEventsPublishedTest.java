package io.engineroom.base;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentService;
import io.engineroom.crisis.IncidentProgress;
import io.engineroom.crisis.IncidentService;
import io.engineroom.crisis.RaiseIncident;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionProgress;
import io.engineroom.publishing.PublishingService;
import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportLifecycle;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.domain.Report;
import io.engineroom.reporting.domain.ReportRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.change.SopChangeActivation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every team event type, published by the real code of its module (the service call its SOP step or screen makes),
 * carries exactly the data fields {@link TeamEventType} documents, with the documented JSON types: the OpenAPI
 * document is made from that catalogue, so an event that carried other fields would break the contract integrations
 * are written against. Fields the catalogue calls optional ("absent when ...") may be left out, no other.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class TeamEventsPublishedTest {

    @Autowired
    ApplicationEvents events;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionProgress interactions;
    @Autowired
    ContentService content;
    @Autowired
    PublishingService publishing;
    @Autowired
    IncidentService incidents;
    @Autowired
    IncidentProgress incidentProgress;
    @Autowired
    ReportLifecycle reports;
    @Autowired
    ReportRepository reportRows;
    @Autowired
    SopChangeActivation sopChanges;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    WireMockServer receiver;
    String brandId;

    @BeforeEach
    void aBrandWithAWebhookChannel() {
        receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        receiver.stubFor(post("/posted").willReturn(aResponse().withStatus(200)
                .withBody("{\"url\":\"https://social.example/p/1\",\"id\":\"1\"}")));
        receiver.stubFor(post("/refused").willReturn(aResponse().withStatus(422).withBody("too long")));
        brandId = "events-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.call(() -> brands.create(brandId, "Events " + brandId, false));
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void everyTypePublishedByItsModuleCarriesExactlyItsDocumentedFields() {
        ChannelSummary posting = AsAdmin.call(() -> channels.addWebhook(brandId, Platform.LINKEDIN, "Posting",
                receiver.baseUrl() + "/posted", false)).channel();
        ChannelSummary refusing = AsAdmin.call(() -> channels.addWebhook(brandId, Platform.LINKEDIN, "Refusing",
                receiver.baseUrl() + "/refused", false)).channel();

        // inbox: an interaction arrives, then its response time runs out
        String interaction = intake.acceptAndStart(posting.id(), List.of(new IncomingInteraction("ext-" + brandId,
                InteractionKind.COMMENT, "@anna", "Anna", "Where is my order?", null, Instant.now(), null)))
                .entries().get(0).interactionId();
        interactions.breached(interaction, Instant.now(), "community-manager", Instant.now().minusSeconds(60));

        // content: approved, then published on one channel and refused on another
        String manager = TestUsers.ensure(users, brands, "ev-sm-" + brandId, Role.SOCIAL_MANAGER, brandId);
        long item;
        try (var signedIn = SignedIn.as(users, manager)) {
            item = content.plan(brandId, "Spring menu");
        }
        content.markApproved(item);
        publishing.publish(item, posting.id(), "The spring menu is here", List.of());
        publishing.publish(item, refusing.id(), "The spring menu is here", List.of());

        // crisis: raised by hand, assessed, reassessed, resolved
        String lead = TestUsers.ensure(users, brands, "ev-cl-" + brandId, Role.CRISIS_LEAD, brandId);
        long incident;
        try (var signedIn = SignedIn.as(users, lead)) {
            incident = incidents.raise(new RaiseIncident(brandId, "Broken cups", "Cups break in the dishwasher",
                    List.of())).id();
        }
        incidentProgress.assessed(incident, 3, null, lead, "Few complaints yet");
        incidentProgress.assessed(incident, 2, null, lead, "Press picked it up");
        incidentProgress.resolved(incident, lead, "Cups replaced, statement posted");

        // reporting and SOP changes, in transactions rolled back afterwards: only their events are wanted here
        rolledBack(() -> {
            Report report = new Report(ReportPeriod.lastBefore(brandId, Cadence.WEEKLY, LocalDate.now()),
                    Instant.now());
            report.generated("weekly.xlsx", new byte[] {1}, Instant.now());
            report.insightsWritten("Fewer complaints", "analyst");
            report.approved(manager);
            reports.distribute(reportRows.saveAndFlush(report).getId());
            long change = jdbc.queryForObject("""
                    insert into sop_change (deployment_id, brand_id, proposed_by, proposed_at, status)
                    values (?, ?, 'social-manager', current_timestamp, 'IN_REVIEW') returning id""", Long.class,
                    UUID.randomUUID().toString(), brandId);
            sopChanges.reject(new SopChange(change, "deployment", brandId, "social-manager", Instant.now(), null,
                    SopChangeStatus.IN_REVIEW, null, null, null, null, null, null, null, List.of()), "admin",
                    "Keep the legal review");
        });

        List<TeamEvent> published = events.stream(TeamEvent.class)
                .filter(event -> brandId.equals(event.brandId())).toList();
        Set<TeamEventType> seen = published.stream().map(TeamEvent::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TeamEventType.class)));
        assertThat(seen).as("every type published").containsExactlyInAnyOrder(TeamEventType.values());
        List<String> problems = new ArrayList<>();
        published.forEach(event -> problems.addAll(problems(event)));
        assertThat(problems).isEmpty();

        assertThat(published).filteredOn(event -> event.type() == TeamEventType.INCIDENT_SEVERITY_CHANGED)
                .extracting(TeamEvent::data).containsExactly(Map.of("incidentId", incident, "severity", 3),
                        Map.of("incidentId", incident, "severity", 2, "previousSeverity", 3));
        assertThat(published).filteredOn(event -> event.type() == TeamEventType.CONTENT_PUBLISHED)
                .singleElement().satisfies(event -> assertThat(event.data()).containsEntry("url",
                        "https://social.example/p/1").containsEntry("channelId", posting.id()));
        assertThat(published).filteredOn(event -> event.type() == TeamEventType.PUBLICATION_FAILED)
                .singleElement().satisfies(event -> assertThat(event.data()).containsEntry("channelId",
                        refusing.id()));
        assertThat(published).allSatisfy(event -> {
            assertThat(event.summary()).isNotBlank();
            assertThat(event.occurredAt()).isNotNull();
            assertThat(event.link()).startsWith("/");
        });
    }

    /** What is wrong with one event's data against its type's documented fields. */
    static List<String> problems(TeamEvent event) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> data = event.data();
        Map<String, TeamEventType.Field> documented = event.type().fields().stream()
                .collect(Collectors.toMap(TeamEventType.Field::name, field -> field));
        data.keySet().stream().filter(name -> !documented.containsKey(name))
                .forEach(name -> problems.add(event.type().wireName() + " carries undocumented " + name));
        for (TeamEventType.Field field : event.type().fields()) {
            Object value = data.get(field.name());
            if (value == null) {
                if (!field.optional()) {
                    problems.add(event.type().wireName() + " lacks " + field.name());
                }
                continue;
            }
            boolean fits = switch (field.type()) {
                case "integer" -> value instanceof Integer || value instanceof Long;
                case "string" -> value instanceof String;
                case "boolean" -> value instanceof Boolean;
                case "number" -> value instanceof Number;
                case "date-time" -> value instanceof String text && parses(text);
                default -> false;
            };
            if (!fits) {
                problems.add(event.type().wireName() + "." + field.name() + " is no " + field.type() + ": " + value);
            }
        }
        return problems;
    }

    private static boolean parses(String text) {
        try {
            DateTimeFormatter.ISO_INSTANT.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void rolledBack(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }
}
