package io.engineroom.crisis.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import io.engineroom.content.CalendarItem;
import io.engineroom.crisis.HoldingStatement;
import io.engineroom.crisis.IncidentOverview;
import io.engineroom.crisis.IncidentRoom;
import io.engineroom.crisis.IncidentRooms;
import io.engineroom.crisis.PublishedStatement;
import io.engineroom.crisis.TimelineEntry;
import io.engineroom.inbox.InteractionSummary;
import io.engineroom.publishing.FreezeSummary;
import io.engineroom.workflow.ui.Countdown;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * One incident's room: where the SOP stands, severity, the publishing freeze and the posts it holds, the
 * interactions and how they sound hour by hour, the holding statement, the next status update's countdown and the
 * timeline. It reads the room again every {@value #REFRESH_MILLIS} ms while open. Whoever may not see the incident
 * is told so instead.
 */
@Route("incidents/:incidentId")
@PageTitle("Incident · Engine Room")
@PermitAll // IncidentRooms decides, and the page says why not
public class IncidentRoomView extends VerticalLayout implements BeforeEnterObserver {

    static final int REFRESH_MILLIS = 12_000;

    private final IncidentRooms rooms;
    private final Clock clock;
    private final H2 title = new H2();
    private final Paragraph meta = new Paragraph();
    private final Span severity = new Span();
    private final Span waitingAt = new Span();
    private final Paragraph description = new Paragraph();
    private final Div statusUpdate = new Div();
    private final Span freezeState = new Span();
    final Grid<CalendarItem> frozenPosts = new Grid<>();
    private final Div statement = new Div();
    final SentimentChart chart = new SentimentChart();
    final Grid<InteractionSummary> interactions = new Grid<>();
    final Grid<TimelineEntry> timeline = new Grid<>();
    private final VerticalLayout room = new VerticalLayout();
    private final Paragraph message = new Paragraph();
    private long incidentId;
    private ZoneId zone = ZoneId.systemDefault();
    private Registration polling;
    private int pollIntervalBefore = -1;

    public IncidentRoomView(IncidentRooms rooms, Clock clock) {
        this.rooms = rooms;
        this.clock = clock;
        setMaxWidth("80rem");
        title.setId("incident-title");
        meta.setId("incident-meta");
        severity.setId("incident-severity");
        severity.addClassName("er-incident__severity");
        waitingAt.setId("incident-waiting");
        description.setId("incident-description");
        description.addClassName("er-pre-wrap");
        statusUpdate.setId("status-update");
        freezeState.setId("room-freeze-state");
        statement.setId("holding-statement");
        message.setId("room-message");
        configureFrozenPosts();
        configureInteractions();
        configureTimeline();
        Div state = new Div(severity, waitingAt);
        room.setPadding(false);
        room.add(title, meta, state, description, statusUpdate, new H3("Publishing"), freezeState, frozenPosts,
                new H3("Holding statement"), statement, new H3("Interactions"), chart, interactions,
                new H3("Timeline"), timeline);
        Button back = new Button("← Incidents", click -> getUI().ifPresent(ui -> ui.navigate(IncidentsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, room);
    }

    static RouteParameters parameters(long incidentId) {
        return new RouteParameters("incidentId", Long.toString(incidentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            incidentId = Long.parseLong(event.getRouteParameters().get("incidentId").orElse(""));
        } catch (NumberFormatException notANumber) {
            incidentId = -1;
        }
        refresh();
    }

    void refresh() {
        IncidentRoom now;
        try {
            now = rooms.room(incidentId);
        } catch (AccessDeniedException notAllowed) {
            removeAll();
            message.setText(notAllowed.getMessage());
            add(new H2("Not allowed"), message);
            return;
        }
        zone = now.zone();
        IncidentOverview incident = now.incident();
        title.setText(incident.title());
        meta.setText(incident.brandName() + " · " + (incident.open() ? "Open" : "Resolved") + " · raised "
                + when(incident.raisedAt()) + " by " + raisedBy(incident));
        severity.setText(severity(incident.severity()));
        waitingAt.setText(now.waitingAt().isEmpty()
                ? (incident.open() ? "" : "The crisis SOP has ended")
                : "Waiting for: " + String.join(", ", now.waitingAt()));
        description.setText(now.description());
        showStatusUpdate(now.nextStatusUpdateDue());
        showFreeze(now.freeze());
        frozenPosts.setItems(now.frozenPosts());
        frozenPosts.setVisible(!now.frozenPosts().isEmpty());
        showStatement(now.statement());
        chart.show(now.sentimentByHour(), zone);
        interactions.setItems(now.interactions());
        // a few rows take the room they need; a spike's hundreds scroll inside the grid
        interactions.setAllRowsVisible(now.interactions().size() <= 10);
        timeline.setItems(now.timeline());
    }

    private void showStatusUpdate(Instant due) {
        statusUpdate.removeAll();
        if (due == null) {
            statusUpdate.setText("No status update due");
            return;
        }
        statusUpdate.setText("Next status update due " + when(due) + " — ");
        Span countdown = Countdown.of(due, clock.instant());
        countdown.setId("status-update-countdown");
        statusUpdate.add(countdown);
    }

    private void showFreeze(FreezeSummary freeze) {
        if (freeze == null) {
            freezeState.setText("Publishing is not frozen");
            freezeState.removeClassName("er-alert");
            return;
        }
        freezeState.setText("Publishing frozen since " + when(freeze.frozenAt()) + " by " + freeze.frozenBy() + ": "
                + freeze.reason());
        freezeState.addClassName("er-alert");
    }

    private void showStatement(HoldingStatement held) {
        statement.removeAll();
        if (held == null) {
            statement.setText("No statement drafted yet");
            return;
        }
        Span state = new Span(switch (held.stage()) {
            case DRAFTING -> "Being drafted by the crisis lead";
            case SIGN_OFF -> held.approvers().isEmpty() ? "Draft · waiting for legal and executive sign-off"
                    : "Draft · signed off by " + String.join(" and ", held.approvers());
            case GOING_OUT -> "Approved by " + String.join(" and ", held.approvers()) + " · on no channel yet";
            case PUBLISHED -> "Published · approved by " + String.join(" and ", held.approvers());
        });
        state.setId("statement-state");
        state.addClassName("er-strong");
        Paragraph text = new Paragraph(held.text());
        text.setId("statement-text");
        text.addClassName("er-pre-wrap");
        statement.add(state, text);
        if (!held.channels().isEmpty()) {
            Div channels = new Div();
            channels.setId("statement-channels");
            held.channels().forEach(channel -> {
                Div line = new Div(channel.channel() + ": " + onChannel(channel));
                line.addClassName("statement-channel");
                channels.add(line);
            });
            statement.add(channels);
        }
    }

    /** How one channel took the statement, in words. */
    private static String onChannel(PublishedStatement.OnChannel channel) {
        if (channel.outcome() == null) {
            return "going out…";
        }
        return switch (channel.outcome()) {
            case "PUBLISHED" -> "published" + (channel.postUrl() == null ? "" : " (" + channel.postUrl() + ")");
            case "FAILED" -> "failed" + (channel.error() == null ? "" : ": " + channel.error());
            case "UNKNOWN" -> "may have it: check the channel before posting again";
            case "NEEDS_PERSON" -> "post it by hand";
            default -> channel.outcome();
        };
    }

    private void configureFrozenPosts() {
        frozenPosts.setId("frozen-posts");
        frozenPosts.addThemeVariants(GridVariant.LUMO_COMPACT);
        frozenPosts.setAllRowsVisible(true);
        frozenPosts.addColumn(item -> when(item.publishAt().toInstant())).setHeader("Publish at").setWidth("9rem")
                .setFlexGrow(0);
        frozenPosts.addColumn(CalendarItem::title).setHeader("Post").setKey("title").setFlexGrow(1);
        frozenPosts.addColumn(item -> item.publishAt().toInstant().isBefore(clock.instant()) ? "Held"
                : "Planned during the freeze").setHeader("").setKey("held").setWidth("13rem").setFlexGrow(0);
        frozenPosts.addColumn(item -> String.join(", ", item.channels())).setHeader("Channels").setWidth("16rem")
                .setFlexGrow(0);
    }

    private void configureInteractions() {
        interactions.setId("incident-interactions");
        interactions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        interactions.setMaxHeight("24rem");
        interactions.addColumn(interaction -> when(interaction.occurredAt())).setHeader("When").setWidth("8rem")
                .setFlexGrow(0);
        interactions.addColumn(interaction -> interaction.sentiment() == null ? ""
                : interaction.sentiment().label()).setHeader("Sentiment").setKey("sentiment").setWidth("7rem")
                .setFlexGrow(0);
        interactions.addColumn(InteractionSummary::authorHandle).setHeader("Author").setWidth("11rem")
                .setFlexGrow(0);
        interactions.addColumn(InteractionSummary::channelLabel).setHeader("Channel").setWidth("11rem")
                .setFlexGrow(0);
        interactions.addColumn(interaction -> oneLine(interaction.text())).setHeader("Text").setKey("text")
                .setFlexGrow(1).setTooltipGenerator(InteractionSummary::text);
    }

    private void configureTimeline() {
        timeline.setId("incident-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.setAllRowsVisible(true);
        timeline.addColumn(entry -> when(entry.at())).setHeader("When").setWidth("8rem").setFlexGrow(0);
        timeline.addColumn(entry -> entry.who() == null ? "Engine Room" : entry.who()).setHeader("Who")
                .setKey("who").setWidth("11rem").setFlexGrow(0);
        timeline.addColumn(TimelineEntry::what).setHeader("What").setKey("what").setFlexGrow(1);
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH).withZone(zone).format(at);
    }

    static String severity(Integer severity) {
        return severity == null ? "Severity: not assessed yet" : "Severity " + severity;
    }

    static String raisedBy(IncidentOverview incident) {
        return incident.raisedBy() != null ? incident.raisedBy()
                : "SPIKE".equals(incident.source()) ? "Engine Room (negative spike)" : "Engine Room";
    }

    static String oneLine(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    /**
     * The UI's poll is shared (the header's notification bell polls too): the room polls at least every
     * {@value #REFRESH_MILLIS} ms while attached and, leaving, gives back the interval it found unless someone
     * has set another since.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        Countdown.startTicker(ui);
        pollIntervalBefore = ui.getPollInterval();
        if (pollIntervalBefore <= 0 || pollIntervalBefore > REFRESH_MILLIS) {
            ui.setPollInterval(REFRESH_MILLIS);
        }
        polling = ui.addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        UI ui = detachEvent.getUI();
        if (ui.getPollInterval() == REFRESH_MILLIS && pollIntervalBefore != REFRESH_MILLIS) {
            ui.setPollInterval(pollIntervalBefore);
        }
    }
}
