package io.engineroom.crisis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.FreezeService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Holding statements on PostgreSQL: the template library's edit rules (who, which placeholders, nothing written on
 * bad input), rendering and the first draft, and publishing to every channel of a frozen brand exactly once.
 */
@EngineRoomIntegrationTest
class HoldingStatementsTest {

    static final String STATUSES = "/api/v1/statuses";
    static final String STATEMENT = "We know some of you can't pay by card right now. We're fixing it. "
            + "Next update by 15:00 CET.";

    @Autowired
    HoldingStatements statements;
    @Autowired
    IncidentService incidents;
    @Autowired
    IncidentTimeline timeline;
    @Autowired
    FreezeService freezes;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    WireMockServer mastodon;
    String brand;
    String manager;
    String lead;
    String outsider;
    long mastodonChannel;
    long xChannel;
    StatementTemplate outageAsShipped;

    @BeforeEach
    void aFrozenBrandWithAMastodonAndAnXChannel() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"501\",\"url\":\"https://social.example/@brand/501\"}")));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "hs-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Holding " + suffix, false));
        BrandSettings settings = brands.settings(brand);
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, settings.name(), false, false,
                ZoneId.of("Europe/Berlin"),
                settings.approvalLeadTime())));
        mastodonChannel = AsAdmin.call(() -> channels.addMastodon(brand, "@brand", mastodon.baseUrl(), "token",
                true)).id();
        xChannel = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@brandx", true)).id();
        manager = TestUsers.ensure(users, brands, "hs-sm-" + suffix, Role.SOCIAL_MANAGER, brand);
        lead = TestUsers.ensure(users, brands, "hs-cl-" + suffix, Role.CRISIS_LEAD, brand);
        outsider = TestUsers.ensure(users, brands, "hs-out-" + suffix, Role.CRISIS_LEAD, "beanleaf");
        try (var signedIn = SignedIn.as(users, manager)) {
            outageAsShipped = statements.template("outage");
        }
    }

    @AfterEach
    void putTheTemplateBackAndStopMastodon() {
        mastodon.stop();
        jdbc.update("update holding_statement_template set title = ?, body = ?, updated_by = ?, updated_at = ? "
                + "where scenario = 'outage'", outageAsShipped.title(), outageAsShipped.body(),
                outageAsShipped.updatedBy(), outageAsShipped.updatedAt() == null ? null
                        : java.sql.Timestamp.from(outageAsShipped.updatedAt()));
    }

    @Test
    void fiveScenariosShipWithPlaceholdersAndFitTheShortestPlatformOnceFilled() {
        try (var signedIn = SignedIn.as(users, lead)) {
            List<StatementTemplate> all = statements.templates();
            assertThat(all).extracting(StatementTemplate::scenario)
                    .containsExactlyInAnyOrderElementsOf(HoldingStatements.SCENARIOS);
            int shortest = java.util.Arrays.stream(Platform.values()).mapToInt(Platform::maxLength).min().orElseThrow();
            for (StatementTemplate template : all) {
                assertThat(template.body()).contains("{brand}").contains("{issue}");
                String filled = statements.render(template.scenario(), Map.of("brand", "Northwind Bank",
                        "issue", "card payments failing", "next_update", "15:00 CET",
                        "contact", "help@northwind.example"));
                assertThat(filled).doesNotContain("{");
                assertThat(Platform.X.length(filled)).as(template.scenario()).isLessThanOrEqualTo(shortest);
            }
        }
    }

    @Test
    void aSocialManagerEditsATemplateAndWhoAndWhenAreKept() {
        Instant before = Instant.now().minusSeconds(1);
        StatementTemplate saved;
        try (var signedIn = SignedIn.as(users, manager)) {
            saved = statements.update("outage", " Outage ", "{brand} is down: {issue}. Next update by {next_update}.");
        }
        assertThat(saved.title()).isEqualTo("Outage");
        assertThat(saved.updatedBy()).isEqualTo(manager);
        assertThat(saved.updatedAt()).isAfter(before);
        try (var signedIn = SignedIn.as(users, lead)) {
            assertThat(statements.template("outage")).isEqualTo(saved);
            assertThat(statements.render("outage", Map.of("brand", "Acme", "issue", "no login",
                    "next_update", "10:30 UTC"))).isEqualTo("Acme is down: no login. Next update by 10:30 UTC.");
        }
    }

    @Test
    void badEditsAreRefusedPerFieldAndWriteNothing() {
        try (var signedIn = SignedIn.as(users, manager)) {
            assertThatThrownBy(() -> statements.update("outage", "Outage", "{brnad} is down: {issue}."))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsExactly(Map.entry("body", "Unknown placeholder {brnad}; use {brand}, {issue}, "
                                    + "{next_update}, {contact}")));
            assertThatThrownBy(() -> statements.update("outage", " ", "x".repeat(2001)))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("title", "body"));
            assertThatThrownBy(() -> statements.update("outage", "Outage", "   "))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("body"));
            assertThatThrownBy(() -> statements.update("flood", "Flood", "{brand} is under water"))
                    .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("scenario"));
            assertThat(statements.template("outage")).isEqualTo(outageAsShipped);
        }
        for (String notAnEditor : List.of(lead, "copywriter")) {
            try (var signedIn = SignedIn.as(users, notAnEditor)) {
                assertThatThrownBy(() -> statements.update("outage", "Mine", "{brand} is down."))
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> statements.templates()).isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, manager)) {
            assertThat(statements.template("outage")).isEqualTo(outageAsShipped);
        }
    }

    @Test
    void renderingLeavesOutTheContactLineWithoutAContactAndKeepsUnfilledPlaceholdersVisible() {
        String body = "{brand}: {issue}.\nNext update by {next_update}.\nHelp: {contact}";
        assertThat(HoldingStatements.fill(body, Map.of("brand", "Acme", "issue", "outage", "next_update", "10:30")))
                .isEqualTo("Acme: outage.\nNext update by 10:30.");
        assertThat(HoldingStatements.fill(body, Map.of("brand", "{issue}", "contact", "help@acme.example")))
                .isEqualTo("{issue}: {issue}.\nNext update by {next_update}.\nHelp: help@acme.example");
        assertThat(HoldingStatements.unknownPlaceholder("{brand} {next_update} {Brand}")).contains("Brand");
        assertThat(HoldingStatements.unknownPlaceholder("{brand} and {} ")).contains("");
        assertThat(HoldingStatements.unknownPlaceholder("{ brand }")).contains(" brand ");
        assertThat(HoldingStatements.unknownPlaceholder("{brand} {issue} {next_update} {contact}")).isEmpty();
    }

    @Test
    void theFirstDraftNamesTheBrandTheIncidentAndTheNextUpdateInTheBrandsZone() {
        long incident = raise("Card payments failing");
        Instant before = Instant.now();
        String draft = statements.draft(incident, "no-such-scenario", Duration.ofMinutes(30), null);
        Instant after = Instant.now();

        assertThat(draft).startsWith("We know some of you can't use " + brands.find(brand).orElseThrow().name()
                + " right now: Card payments failing.").doesNotContain("{").doesNotContain("Need help");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);
        List<String> possible = List.of(before, after).stream()
                .map(at -> format.format(upToFiveMinutes(at.plus(Duration.ofMinutes(30))).atZone(ZoneId.of("Europe/Berlin"))))
                .toList();
        assertThat(possible).anySatisfy(time -> assertThat(draft).contains("Next update by " + time + "."));
        assertThat(statements.draft(incident, "data-breach", Duration.ofHours(1), "help@example.com"))
                .contains("security incident").endsWith("Questions? help@example.com");
    }

    @Test
    void theStatementGoesOutDuringTheFreezeOncePerChannelWithItsApprovers() {
        long incident = raise("Card payments failing");
        freezes.freeze(brand, "Crisis: card payments failing", manager);

        PublishedStatement first = statements.publish(incident, brand, STATEMENT, lead, "legal", "executive");

        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES))
                .withHeader("Idempotency-Key", equalTo("incident:" + incident + ":statement:channel:" + mastodonChannel))
                .withRequestBody(matchingJsonPath("$.status", equalTo(STATEMENT))));
        assertThat(first.text()).isEqualTo(STATEMENT);
        assertThat(first.draftedBy()).isEqualTo(lead);
        assertThat(first.legalApprover()).isEqualTo("legal");
        assertThat(first.executiveApprover()).isEqualTo("executive");
        assertThat(first.publishedAt()).isNotNull();
        assertThat(first.channels()).extracting(PublishedStatement.OnChannel::channelId,
                PublishedStatement.OnChannel::outcome, PublishedStatement.OnChannel::postUrl)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(mastodonChannel, "PUBLISHED",
                                "https://social.example/@brand/501"),
                        org.assertj.core.groups.Tuple.tuple(xChannel, "NEEDS_PERSON", null));
        assertThat(freezes.isFrozen(brand)).isTrue();

        // the job is retried: nothing goes out twice, nothing is recorded twice
        PublishedStatement again = statements.publish(incident, brand, STATEMENT, lead, "legal", "executive");

        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from crisis_statement_channel c join crisis_statement s "
                + "on s.id = c.statement_id where s.incident_id = ?", Integer.class, incident)).isEqualTo(2);
        assertThat(timeline.entries(incident)).filteredOn(entry -> entry.what().startsWith("Holding statement"))
                .singleElement().satisfies(entry -> assertThat(entry.what()).contains("approved by legal for legal")
                        .contains("Mastodon @brand: posted https://social.example/@brand/501")
                        .contains("X @brandx: to post by hand"));
        try (var signedIn = SignedIn.as(users, lead)) {
            assertThat(statements.publishedFor(incident)).contains(first);
        }
        try (var signedIn = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> statements.publishedFor(incident)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> statements.publish(incident, brand, STATEMENT + " Changed.", lead, "legal",
                "executive")).isInstanceOf(IllegalStateException.class);
        mastodon.verify(1, postRequestedFor(urlEqualTo(STATUSES)));
    }

    @Test
    void anInterruptedTryIsNotRepeatedATooLongTextIsNotSentToXAndAFailedChannelIsTriedAgain() {
        long incident = raise("App login broken");
        String tooLongForX = "We know logging in to the app fails for many of you. ".repeat(6).strip();
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(422).withBody("{\"error\":\"nope\"}")));

        PublishedStatement first = statements.publish(incident, brand, tooLongForX, lead, "legal", "executive");

        assertThat(first.publishedAt()).isNull();
        assertThat(first.channels()).filteredOn(channel -> channel.channelId() == xChannel).singleElement()
                .satisfies(x -> {
                    assertThat(x.outcome()).isEqualTo("FAILED");
                    assertThat(x.error()).startsWith("Too long for X");
                });
        assertThat(first.channels()).filteredOn(channel -> channel.channelId() == mastodonChannel).singleElement()
                .satisfies(onMastodon -> assertThat(onMastodon.outcome()).isEqualTo("FAILED"));

        // certainly not posted: the next try may send it again, and this time Mastodon takes it
        mastodon.stubFor(post(STATUSES).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"502\",\"url\":\"https://social.example/@brand/502\"}")));
        PublishedStatement second = statements.publish(incident, brand, tooLongForX, lead, "legal", "executive");
        assertThat(second.publishedAt()).isNotNull();
        mastodon.verify(2, postRequestedFor(urlEqualTo(STATUSES)));

        // a try that started and never finished may be out there: unknown, and not sent
        long other = raiseOnAnotherBrand();
        long statementId = jdbc.queryForObject("insert into crisis_statement (incident_id, brand_id, text, drafted_by, "
                + "legal_approver, executive_approver, started_at) values (?, ?, ?, 'l', 'legal', 'executive', "
                + "current_timestamp) returning id", Long.class, other, otherBrand, STATEMENT);
        jdbc.update("insert into crisis_statement_channel (statement_id, channel_id, channel_label, idempotency_key, "
                + "attempts, started_at) values (?, ?, 'Mastodon @other', ?, 1, current_timestamp)", statementId,
                otherChannel, "incident:" + other + ":statement:channel:" + otherChannel);
        PublishedStatement interrupted = statements.publish(other, otherBrand, STATEMENT, "l", "legal", "executive");
        assertThat(interrupted.channels()).singleElement().satisfies(channel -> {
            assertThat(channel.outcome()).isEqualTo("UNKNOWN");
            assertThat(channel.error()).contains("interrupted");
        });
        mastodon.verify(2, postRequestedFor(urlEqualTo(STATUSES)));
    }

    @Test
    void publishingNeedsBothApprovalsAndTheIncidentsOwnBrand() {
        long incident = raise("Card payments failing");
        assertThatThrownBy(() -> statements.publish(incident, brand, STATEMENT, lead, null, " "))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("legalApprover", "executiveApprover"));
        assertThatThrownBy(() -> statements.publish(incident, "beanleaf", STATEMENT, lead, "legal", "executive"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("incidentId"));
        assertThat(jdbc.queryForObject("select count(*) from crisis_statement where incident_id = ?", Integer.class,
                incident)).isZero();
        mastodon.verify(0, postRequestedFor(urlEqualTo(STATUSES)));
    }

    private static Instant upToFiveMinutes(Instant at) {
        Instant exact = at.truncatedTo(ChronoUnit.SECONDS);
        long seconds = exact.getEpochSecond() + (exact.equals(at) ? 0 : 1);
        return Instant.ofEpochSecond((seconds + 299) / 300 * 300);
    }

    String otherBrand;
    long otherChannel;

    private long raiseOnAnotherBrand() {
        otherBrand = brand + "-b";
        AsAdmin.run(() -> brands.create(otherBrand, "Other " + brand, false));
        otherChannel = AsAdmin.call(() -> channels.addMastodon(otherBrand, "@other", mastodon.baseUrl(), "token",
                true)).id();
        brands.addMember(otherBrand, lead);
        try (var signedIn = SignedIn.as(users, lead)) {
            return incidents.raise(new RaiseIncident(otherBrand, "Other trouble", "Something else", List.of())).id();
        }
    }

    private long raise(String title) {
        try (var signedIn = SignedIn.as(users, lead)) {
            return incidents.raise(new RaiseIncident(brand, title, "Customers say so", List.of())).id();
        }
    }
}
