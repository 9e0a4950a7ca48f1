package io.engineroom.crisis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.crisis.CrisisCommunicationVariables.BRAND;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.SEVERITY;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.crisis.IncidentOverview;
import io.engineroom.crisis.IncidentService;
import io.engineroom.crisis.IncidentSummary;
import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.crisis.RaiseIncident;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionSummary;
import io.engineroom.inbox.IntakeReceipt;
import io.engineroom.publishing.FreezeService;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.change.ChangeIntake;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incident screens through Karibu on the real application: the list and the raise dialog (errors next to the
 * fields, a raise, a join), and the room with what the incident's SOP instance, the brand's freeze and the linked
 * interactions say; people it is not for are told they are not allowed.
 */
@EngineRoomIntegrationTest
class IncidentUiTest {

    /**
     * A stand-in for the crisis SOP with just what the room reads, in the state the room test wants without going
     * through the SOP's steps: a user task and the status rhythm's timer.
     */
    private static final String STAND_IN = "incident-room-stand-in";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    InteractionIntake intake;
    @Autowired
    IncidentService incidents;
    @Autowired
    FreezeService freezes;
    @Autowired
    IncidentTimeline timeline;
    @Autowired
    ContentService content;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String brandName;
    long channel;
    List<String> interactionIds;
    UiSession session;
    String standInInstanceId;

    @BeforeEach
    void aBrandWithThreeInteractions() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        brand = "room-" + run;
        brandName = "Room Test " + run;
        AsAdmin.run(() -> brands.create(brand, brandName, false));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@roomtest" + run, true)).id();
        for (String user : List.of("community-manager", "crisis-lead", "executive", "social-manager",
                "copywriter")) {
            brands.addMember(brand, user);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // two angry ones an hour apart and a kind one: below the spike rule's ten, so nothing raises itself
        interactionIds = intake.acceptAndStart(channel, List.of(
                interaction("n1", "The app has been down all morning. Terrible, nobody answers!", now.minus(
                        Duration.ofMinutes(70))),
                interaction("n2", "Still down. Awful service, I want my money back!", now.minus(Duration.ofMinutes(5))),
                interaction("p1", "Thanks for the quick update, great team!", now.minus(Duration.ofMinutes(2)))))
                .entries().stream().map(IntakeReceipt.Entry::interactionId).toList();
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
        // deployments cannot be deleted (history protection): the stand-in's instance is, its history stays
        if (standInInstanceId != null) {
            runtimeService.deleteProcessInstanceIfExists(standInInstanceId, "test over", true, true, true, true);
        }
    }

    @Test
    void theRaiseDialogShowsProblemsNextToTheFieldsThenRaisesAndOpensTheRoom() {
        openAs("community-manager", IncidentsView.class);
        _click(_get(Button.class, spec -> spec.withId("raise-incident")));

        // no brand: said next to the brand, nothing raised
        _click(_get(Button.class, spec -> spec.withId("confirm-raise")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("raise-brand")).isInvalid()).isTrue();
        chooseBrand();
        Grid<InteractionSummary> offered = grid("raise-interactions");
        assertThat(GridKt._size(offered)).isEqualTo(3);
        // newest first, with the sentiment
        assertThat(GridKt._getFormattedRow(offered, 0)).contains("Positive");
        assertThat(GridKt._get(offered, 0).text()).startsWith("Thanks for the quick update");
        assertThat(GridKt._getFormattedRow(offered, 1)).contains("Negative");

        // no title, no description: both said next to their field, nothing raised
        _click(_get(Button.class, spec -> spec.withId("confirm-raise")));
        TextField title = _get(TextField.class, spec -> spec.withId("raise-title"));
        TextArea description = _get(TextArea.class, spec -> spec.withId("raise-description"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("title of 3 to 200 characters");
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).contains("Say what is happening");
        assertThat(incidentsOfBrand()).isEmpty();

        _setValue(title, "App outage");
        _setValue(description, "Customers cannot log in since 08:00 and are angry about it");
        offered.select(GridKt._get(offered, 1));
        offered.select(GridKt._get(offered, 2));
        _click(_get(Button.class, spec -> spec.withId("confirm-raise")));

        NotificationsKt.expectNotifications("Incident raised");
        List<Long> raised = incidentsOfBrand();
        assertThat(raised).hasSize(1);
        assertThat(jdbc.queryForList("select interaction_id from incident_interaction where incident_id = ?",
                String.class, raised.get(0))).containsExactlyInAnyOrder(interactionIds.get(0), interactionIds.get(1));
        _get(IncidentRoomView.class);
        assertThat(_get(H2.class, spec -> spec.withId("incident-title")).getText()).isEqualTo("App outage");
        assertThat(_get(Paragraph.class, spec -> spec.withId("incident-meta")).getText())
                .contains(brandName).contains("Open").contains("by community-manager");
        assertThat(GridKt._size(grid("incident-interactions"))).isEqualTo(2);
        // the crisis SOP started with it and waits for the crisis lead
        assertThat(text("incident-waiting")).isEqualTo("Waiting for: Assess severity");
        assertThat(text("incident-severity")).isEqualTo("Severity: not assessed yet");
    }

    @Test
    void raisingForABrandWithAnOpenIncidentJoinsItAndTheListShowsItFirst() {
        IncidentSummary open;
        IncidentSummary resolved;
        try (var signedIn = SignedIn.as(users, "crisis-lead")) {
            resolved = incidents.raise(new RaiseIncident(brand, "Rude reply", "A reply went wrong", List.of()));
            jdbc.update("update incident set state = 'RESOLVED', open_brand = null, resolved_at = ? where id = ?",
                    java.sql.Timestamp.from(Instant.now()), resolved.id());
            open = incidents.raise(new RaiseIncident(brand, "Payment outage", "Card payments fail", List.of()));
        }
        // raised before the resolved one: open incidents still come first
        jdbc.update("update incident set raised_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))), open.id());
        openAs("community-manager", IncidentsView.class);
        Grid<IncidentOverview> list = grid("incidents");
        List<IncidentOverview> listed = IntStream.range(0, GridKt._size(list)).mapToObj(row -> GridKt._get(list, row))
                .toList();
        assertThat(listed).extracting(IncidentOverview::id).containsSubsequence(open.id(), resolved.id());
        // every open one (of all my brands) before every resolved one
        assertThat(listed).extracting(IncidentOverview::open).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        int row = listed.stream().map(IncidentOverview::id).toList().indexOf(open.id());
        assertThat(GridKt._getFormattedRow(list, listed.stream().map(IncidentOverview::id).toList()
                .indexOf(resolved.id()))).contains("Rude reply", "Resolved");
        assertThat(GridKt._getFormattedRow(list, row)).contains("Payment outage", brandName, "Open", "crisis-lead",
                "Severity: not assessed yet", "By hand");

        _click(_get(Button.class, spec -> spec.withId("raise-incident")));
        chooseBrand();
        _setValue(_get(TextField.class, spec -> spec.withId("raise-title")), "Angry customers");
        _setValue(_get(TextArea.class, spec -> spec.withId("raise-description")), "Complaints about the outage");
        Grid<InteractionSummary> offered = grid("raise-interactions");
        offered.select(GridKt._get(offered, 1));
        _click(_get(Button.class, spec -> spec.withId("confirm-raise")));

        NotificationsKt.expectNotifications("Joined the open incident of " + brandName + ": Payment outage");
        assertThat(incidentsOfBrand()).as("no third incident").containsExactlyInAnyOrder(resolved.id(), open.id());
        assertThat(_get(H2.class, spec -> spec.withId("incident-title")).getText()).isEqualTo("Payment outage");
        assertThat(GridKt._size(grid("incident-interactions"))).isEqualTo(1);
        assertThat(timelineTexts()).anySatisfy(what -> assertThat(what).startsWith("Joined: Angry customers"));
    }

    @Test
    void theRoomShowsWhatTheSopTheFreezeAndTheInteractionsSay() {
        IncidentSummary incident;
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            incident = incidents.raise(new RaiseIncident(brand, "App outage", "Nobody can log in", interactionIds));
        }
        // the SOP instance as far as the room reads it: assessed as severity 2, a drafted statement legal signed off,
        // the executive's sign-off still to come
        standInSop(incident.id(), Map.of(BRAND.name(), brand, TITLE.name(), "Incident: App outage",
                SEVERITY.name(), 2,
                STATEMENT.name(), "We know the app is down and are working on it. Next update within the hour.",
                LEGAL_APPROVED.name(), true, LEGAL_APPROVER.name(), "legal"));
        freezes.freeze(brand, "Severity 2 incident: App outage", "crisis-lead");
        long heldPost;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            heldPost = content.plan(brand, new ContentBrief("Spring savings promo", null, null, null, null, null,
                    Instant.now().plus(Duration.ofDays(5)), Set.of(channel)));
        }

        openAs("executive", IncidentRoomView.class, incident.id());

        assertThat(_get(H2.class, spec -> spec.withId("incident-title")).getText()).isEqualTo("App outage");
        assertThat(text("incident-severity")).isEqualTo("Severity 2");
        assertThat(text("incident-waiting")).isEqualTo("Waiting for: Executive sign-off");
        assertThat(text("room-freeze-state")).startsWith("Publishing frozen since").contains("by crisis-lead")
                .endsWith("Severity 2 incident: App outage");
        Grid<io.engineroom.content.CalendarItem> held = grid("frozen-posts");
        assertThat(IntStream.range(0, GridKt._size(held)).mapToObj(row -> GridKt._get(held, row).id()))
                .containsExactly(heldPost);
        assertThat(text("statement-state")).isEqualTo("Draft · signed off by legal");
        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-text")).getText())
                .startsWith("We know the app is down");
        Span countdown = _get(Span.class, spec -> spec.withId("status-update-countdown"));
        assertThat(countdown.getText()).matches("in (59m|1h|\\d+m \\d+s)( \\d+m| \\d+s)?");
        assertThat(countdown.getElement().getAttribute("data-due")).isNotNull();

        Grid<InteractionSummary> linked = grid("incident-interactions");
        assertThat(GridKt._size(linked)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(linked, 0)).contains("Negative");
        List<Div> hours = _find(_get(SentimentChart.class), Div.class, spec -> spec.withClasses("sentiment-hour"));
        assertThat(hours.stream().mapToInt(bar -> count(bar, "data-negative")).sum()).isEqualTo(2);
        assertThat(hours.stream().mapToInt(bar -> count(bar, "data-positive")).sum()).isEqualTo(1);
        assertThat(count(hours.get(hours.size() - 1), "data-negative")
                + count(hours.get(hours.size() - 1), "data-positive")).isGreaterThanOrEqualTo(1);
        assertThat(timelineTexts()).anySatisfy(what -> assertThat(what).startsWith("Raised: App outage")
                .contains("3 interactions attached"));
        assertThat(GridKt._getFormattedRow(grid("incident-timeline"), 0)).contains("community-manager");

        // the room reads itself again on the page's poll
        assertThat(UI.getCurrent().getPollInterval()).isPositive().isLessThanOrEqualTo(IncidentRoomView.REFRESH_MILLIS);
        timeline.record(incident.id(), "crisis-lead", "Status update: the fix is rolling out");
        freezes.release(brand, "crisis-lead", io.engineroom.publishing.ReleaseChoice.BACK_TO_REVIEW);
        assertThat(timelineTexts()).doesNotContain("Status update: the fix is rolling out");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(timelineTexts()).contains("Status update: the fix is rolling out");
        assertThat(text("room-freeze-state")).isEqualTo("Publishing is not frozen");
        assertThat(_find(Grid.class, spec -> spec.withId("frozen-posts"))).as("no held posts: hidden").isEmpty();
    }

    @Test
    void peopleTheRoomIsNotForAreToldSo() {
        IncidentSummary incident;
        try (var signedIn = SignedIn.as(users, "crisis-lead")) {
            incident = incidents.raise(new RaiseIncident(brand, "App outage", "Nobody can log in", List.of()));
        }
        // a member of the brand without an incident role
        openAs("copywriter", IncidentRoomView.class, incident.id());
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(text("room-message")).contains("crisis leads, executives, legal");
        assertThat(_find(H2.class, spec -> spec.withId("incident-title"))).isEmpty();
        session.close();

        // legal, but not of this brand: the incident is not confirmed to exist, nor listed
        openAs("legal", IncidentRoomView.class, incident.id());
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(text("room-message")).contains("not one of your brands' incidents");
        UI.getCurrent().navigate(IncidentsView.class);
        Grid<IncidentOverview> list = grid("incidents");
        assertThat(IntStream.range(0, GridKt._size(list)).mapToObj(row -> GridKt._get(list, row).id()))
                .doesNotContain(incident.id());
        assertThat(_find(Button.class, spec -> spec.withId("raise-incident"))).isEmpty();
    }

    private void standInSop(long incidentId, Map<String, Object> variables) {
        ProcessBuilder process = Bpmn.createExecutableProcess(STAND_IN).camundaHistoryTimeToLive(1);
        // groups and the real SOP's (already deployed) forms, as the SOP lint requires
        BpmnModelInstance model = process.startEvent().userTask("ExecutiveSignOff").name("Executive sign-off")
                .camundaCandidateGroups("executive").camundaFormRef("statement-sign-off")
                .camundaFormRefBinding("latest").endEvent().done();
        process.eventSubProcess().startEvent("StatusUpdateDue").interrupting(false).timerWithCycle("R/PT1H")
                .userTask("PostStatusUpdate").name("Post a status update").camundaCandidateGroups("crisis-lead")
                .camundaFormRef("crisis-status-update").camundaFormRefBinding("latest").endEvent();
        // a fixture, not an SOP change under test: live at once instead of waiting for a review
        ChangeIntake.atOnce(() -> repositoryService.createDeployment().name(STAND_IN)
                .addModelInstance(STAND_IN + ".bpmn", model).deploy());
        String standIn = runtimeService.startProcessInstanceByKey(STAND_IN, "incident:" + incidentId, variables)
                .getId();
        standInInstanceId = standIn;
        // the room reads the instance the incident records: the stand-in instead of the real SOP's
        jdbc.update("update incident set process_instance_id = ? where id = ?", standIn, incidentId);
    }

    private void openAs(String userId, Class<? extends com.vaadin.flow.component.Component> view) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(view);
    }

    private void openAs(String userId, Class<IncidentRoomView> view, long incidentId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(view, IncidentRoomView.parameters(incidentId));
    }

    @SuppressWarnings("unchecked")
    private void chooseBrand() {
        ComboBox<BrandSummary> box = _get(ComboBox.class, spec -> spec.withId("raise-brand"));
        _setValue(box, box.getListDataView().getItems().filter(b -> b.id().equals(brand)).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private List<String> timelineTexts() {
        Grid<io.engineroom.crisis.TimelineEntry> timeline = grid("incident-timeline");
        return IntStream.range(0, GridKt._size(timeline)).mapToObj(row -> GridKt._get(timeline, row).what()).toList();
    }

    private static int count(Div bar, String attribute) {
        return Integer.parseInt(bar.getElement().getAttribute(attribute));
    }

    private List<Long> incidentsOfBrand() {
        return jdbc.queryForList("select id from incident where brand_id = ?", Long.class, brand);
    }

    private static IncomingInteraction interaction(String externalId, String text, Instant at) {
        return new IncomingInteraction(externalId, InteractionKind.COMMENT, "@fan-" + externalId, null, text, null,
                at, null);
    }
}
