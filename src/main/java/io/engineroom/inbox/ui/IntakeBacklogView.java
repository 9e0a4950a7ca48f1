package io.engineroom.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.Notices;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Roles;
import io.engineroom.inbox.IntakeBacklog;
import io.engineroom.inbox.IntakeBacklog.BrandBacklog;
import io.engineroom.inbox.IntakeBacklog.ChannelLine;
import io.engineroom.inbox.IntakeSetAside;
import io.engineroom.inbox.IntakeSetAside.SetAsideInteraction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * The intake queue as an admin looks after it: per channel, how many accepted interactions wait for the workers to
 * classify them and start their SOPs, how long the oldest has waited, the bound at which the channel's deliveries
 * are refused (429) and the rows set aside after failing. An admin sets a channel's own bound here (or puts back the
 * configured one). Admins only: it names every brand's channels, and the service checks again.
 *
 * <p>Below, the selected channel's rows set aside, each with its last error: an admin who fixed the cause tries one
 * again, or all of the channel's, and discards one that will never go through, after confirming, with a reason
 * ({@link IntakeSetAside}; each an audited admin change).
 */
@Route("admin/intake-backlog")
@PageTitle("Intake backlog · Engine Room")
@Menu(title = "Intake backlog", order = 81.5)
@RolesAllowed(Roles.ADMIN)
public class IntakeBacklogView extends VerticalLayout {

    private final IntakeBacklog backlog;
    private final Clock clock;
    final Span total = new Span();
    final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    final Grid<ChannelLine> grid = new Grid<>();
    final IntegerField bound = new IntegerField("Bound for the selected channel");
    final Button setBound = new Button("Set bound");
    final Button defaultBound = new Button("Use the default");
    final Button refresh = new Button("Refresh");
    private final IntakeSetAside setAside;
    final H3 setAsideTitle = new H3();
    final Grid<SetAsideInteraction> setAsideRows = new Grid<>();
    final Button tryAllAgain = new Button("Try all of this channel again");
    final VerticalLayout setAsideSection = new VerticalLayout();

    public IntakeBacklogView(IntakeBacklog backlog, IntakeSetAside setAside, BrandService brands, Clock clock) {
        this.backlog = backlog;
        this.setAside = setAside;
        this.clock = clock;
        Paragraph about = new Paragraph("Deliveries are stored at once and processed (classified, their SOPs "
                + "started) by the intake workers right after. What waits for them is a channel's backlog; once it "
                + "reaches the channel's bound, its deliveries are refused with 429 and Retry-After until the workers "
                + "have drained it, so the platforms send again later instead of the queue growing without limit. "
                + "Rows set aside failed three times and wait for someone to look at their error: select their channel "
                + "to try them again once the cause is fixed, or to discard one that will never go through.");
        about.addClassName("er-intro");
        total.setId("intake-backlog-total");
        brand.setId("intake-backlog-brand");
        brand.setItems(brands.all());
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.setClearButtonVisible(true);
        brand.setPlaceholder("Channels with a backlog");
        brand.addValueChangeListener(chosen -> refresh());
        grid.setId("intake-backlog");
        grid.addColumn(line -> line.channel().brandId()).setHeader("Brand").setAutoWidth(true);
        grid.addColumn(line -> line.channel().label()).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(line -> count(line.backlog().waiting())).setHeader("Waiting").setKey("waiting")
                .setAutoWidth(true);
        grid.addColumn(line -> age(line.backlog().age(clock.instant()))).setHeader("Oldest waited").setKey("age")
                .setAutoWidth(true);
        grid.addColumn(line -> count(line.backlog().bound()) + (line.backlog().ownBound() ? "" : " (default)")
                + (line.backlog().full() ? " · refusing" : "")).setHeader("Bound").setKey("bound").setAutoWidth(true);
        grid.addColumn(line -> count(line.parked())).setHeader("Set aside").setKey("parked").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            boolean chosen = selected.getValue() != null;
            bound.setValue(chosen && selected.getValue().backlog().ownBound()
                    ? (int) selected.getValue().backlog().bound() : null);
            setBound.setEnabled(chosen);
            defaultBound.setEnabled(chosen);
            showSetAside();
        });
        bound.setId("intake-backlog-bound");
        bound.setMin(1);
        bound.setStepButtonsVisible(false);
        setBound.setId("intake-backlog-set-bound");
        setBound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setBound.addClickListener(click -> setBound(bound.getValue()));
        defaultBound.setId("intake-backlog-default-bound");
        defaultBound.addClickListener(click -> setBound(null));
        refresh.setId("intake-backlog-refresh");
        refresh.addClickListener(click -> refresh());
        setBound.setEnabled(false);
        defaultBound.setEnabled(false);
        HorizontalLayout actions = new HorizontalLayout(bound, setBound, defaultBound, refresh);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2("Intake backlog"), about, total, brand, grid, actions, setAsideSection());
        refresh();
    }

    private VerticalLayout setAsideSection() {
        setAsideRows.setId("intake-set-aside");
        setAsideRows.addColumn(SetAsideInteraction::externalId).setHeader("External id").setKey("externalId")
                .setAutoWidth(true);
        setAsideRows.addColumn(SetAsideInteraction::authorHandle).setHeader("Author").setAutoWidth(true);
        setAsideRows.addColumn(row -> TIME.format(row.receivedAt())).setHeader("Received").setAutoWidth(true);
        setAsideRows.addColumn(row -> TIME.format(row.setAsideAt())).setHeader("Set aside").setAutoWidth(true);
        setAsideRows.addColumn(row -> (row.classified() ? "starting its SOP" : "classifying") + ", "
                + row.attempts() + " attempts").setHeader("Failed").setKey("failed").setAutoWidth(true);
        setAsideRows.addColumn(row -> shortened(row.lastError())).setHeader("Last error").setKey("error")
                .setTooltipGenerator(SetAsideInteraction::lastError).setFlexGrow(1);
        setAsideRows.addComponentColumn(this::rowActions).setHeader("").setKey("actions").setAutoWidth(true);
        setAsideRows.setAllRowsVisible(true);
        tryAllAgain.setId("intake-set-aside-try-all");
        tryAllAgain.addClickListener(click -> tryAllAgain());
        setAsideSection.setId("intake-set-aside-section");
        setAsideSection.setPadding(false);
        setAsideSection.add(setAsideTitle, setAsideRows, tryAllAgain);
        setAsideSection.setVisible(false);
        return setAsideSection;
    }

    private HorizontalLayout rowActions(SetAsideInteraction row) {
        Button again = new Button("Try again", click -> tryAgain(row));
        again.setId("intake-try-again-" + row.interactionId());
        Button discard = new Button("Discard…", click -> confirmDiscard(row));
        discard.setId("intake-discard-" + row.interactionId());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(again, discard);
    }

    /** The selected channel's rows set aside; the section is hidden while no channel is selected. */
    void showSetAside() {
        ChannelLine line = grid.asSingleSelect().getValue();
        setAsideSection.setVisible(line != null);
        if (line == null) {
            setAsideRows.setItems();
            return;
        }
        List<SetAsideInteraction> rows = setAside.of(line.channel().id());
        setAsideTitle.setText("Set aside on " + line.channel().label() + ": " + count(line.parked())
                + (line.parked() > rows.size() ? " (the first " + rows.size() + " shown)" : ""));
        setAsideRows.setItems(rows);
        tryAllAgain.setEnabled(!rows.isEmpty());
    }

    private void tryAgain(SetAsideInteraction row) {
        act(() -> setAside.tryAgain(row.interactionId()), row.externalId() + " is queued again");
    }

    private void tryAllAgain() {
        ChannelLine line = grid.asSingleSelect().getValue();
        if (line != null) {
            act(() -> Notices.success(line.channel().label() + ": " + count(setAside.tryAgainAll(line.channel().id()))
                    + " queued again"), null);
        }
    }

    /** Discarding cannot be undone: it is confirmed, and the reason is asked for in the same dialog. */
    private void confirmDiscard(SetAsideInteraction row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("intake-discard-confirm");
        dialog.setHeader("Discard " + row.externalId() + "?");
        TextArea reason = new TextArea("Reason (kept in the audit trail)");
        reason.setId("intake-discard-reason");
        reason.setMaxLength(IntakeSetAside.MAX_REASON);
        reason.setWidthFull();
        dialog.add(new Paragraph(row.classified() ? "Its interaction is stored but its SOP could not start: it is"
                + " closed, and no SOP will run for it." : "It was never classified: it leaves the queue, and"
                + " nothing of it stays but the audit record."), reason);
        dialog.setCancelable(true);
        dialog.setConfirmText("Discard");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> act(() -> setAside.discard(row.interactionId(), reason.getValue()),
                row.externalId() + " is discarded"));
        dialog.open();
    }

    /** Runs an admin's action, says how it went, and shows the queue as it is now. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                Notices.success(done);
            }
        } catch (InvalidInput | AccessDeniedException refused) { // NotFound too: another admin was first
            Notices.error(refused.getMessage());
        }
        refresh();
    }

    private void setBound(Integer maxBacklog) {
        ChannelLine line = grid.asSingleSelect().getValue();
        if (line == null) {
            return;
        }
        try {
            backlog.bound(line.channel().id(), maxBacklog);
            Notices.success(line.channel().label() + ": " + (maxBacklog == null ? "the default bound"
                    : "bound " + count(maxBacklog)));
            refresh();
        } catch (InvalidInput invalid) {
            bound.setInvalid(true);
            bound.setErrorMessage(invalid.getMessage());
        }
    }

    /** Without a brand chosen, the channels with something to show; with one, every channel of that brand. */
    void refresh() {
        BrandBacklog all = backlog.total();
        total.setText(count(all.waiting()) + " waiting in all, the oldest for " + age(all.age(clock.instant()))
                + (all.parked() > 0 ? "; " + count(all.parked()) + " set aside" : ""));
        ChannelLine selected = grid.asSingleSelect().getValue();
        grid.setItems(brand.getValue() == null ? backlog.channels() : backlog.channelsOf(brand.getValue().id()));
        // the lines are new readings: select the channel's new one, which shows its rows set aside anew
        grid.getListDataView().getItems().filter(line -> selected != null
                && line.channel().id() == selected.channel().id()).findFirst().ifPresentOrElse(
                        line -> grid.select(line), () -> grid.asSingleSelect().clear());
        showSetAside();
    }

    private static String shortened(String error) {
        if (error == null) {
            return "";
        }
        return error.length() > 160 ? error.substring(0, 159) + "…" : error;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String age(Duration age) {
        long seconds = age.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + " min";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
