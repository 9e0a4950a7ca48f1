package io.engineroom.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * The intake queue as an admin looks after it: per channel, how many accepted interactions wait for the workers to
 * classify them and start their SOPs, how long the oldest has waited, the bound at which the channel's deliveries
 * are refused (429) and the rows set aside after failing. An admin sets a channel's own bound here (or puts back the
 * configured one). Admins only: it names every brand's channels, and the service checks again.
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

    public IntakeBacklogView(IntakeBacklog backlog, BrandService brands, Clock clock) {
        this.backlog = backlog;
        this.clock = clock;
        Paragraph about = new Paragraph("Deliveries are stored at once and processed (classified, their SOPs "
                + "started) by the intake workers right after. What waits for them is a channel's backlog; once it "
                + "reaches the channel's bound, its deliveries are refused with 429 and Retry-After until the workers "
                + "have drained it, so the platforms send again later instead of the queue growing without limit. "
                + "Rows set aside failed three times and wait for someone to look at their error.");
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
        add(new H2("Intake backlog"), about, total, brand, grid, actions);
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
        grid.setItems(brand.getValue() == null ? backlog.channels() : backlog.channelsOf(brand.getValue().id()));
    }

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
