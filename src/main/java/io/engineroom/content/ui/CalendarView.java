package io.engineroom.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.PillarService;
import io.engineroom.content.CalendarItem;
import io.engineroom.content.ChannelVariants;
import io.engineroom.brand.Market;
import io.engineroom.content.ContentCalendar;
import io.engineroom.content.ContentMarkets;
import io.engineroom.content.ContentService;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import io.engineroom.publishing.FreezeService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content calendar of one brand at a time: a month or a week of days, each content item as a chip coloured
 * by its state, "+" on a day to plan an item for it, a click on a chip to see and reschedule it, and beside it
 * the pillar balance of the visible week and month. Days are the brand's days (its time zone).
 *
 * <p>The view chooses the brand and the period and reads them; {@link CalendarDays} draws the days,
 * {@link CalendarChip} the items and {@link PillarBalancePanel} the balance.
 */
@Route("calendar")
@PageTitle("Calendar · Engine Room")
@Menu(title = "Calendar", order = 1)
// Vaadin asks the request isUserInRole(name); Spring Security adds the ROLE_ prefix, so these are the group ids.
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.COPYWRITER, Roles.DESIGNER, Roles.BRAND_REVIEWER, Roles.LEGAL,
        Roles.CLIENT_APPROVER, Roles.ADMIN})
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    enum Mode { MONTH, WEEK }

    private final ContentCalendar calendar;
    private final ContentService content;
    private final ChannelVariants variants;
    private final PillarService pillars;
    private final ChannelService channels;
    private final EngineIdentity engineIdentity;
    private final Clock clock;
    private final boolean planner;

    private final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    /** Shows only the items that target one market; empty shows every item. */
    final ComboBox<Market> market = new ComboBox<>("Market");
    private final ContentMarkets markets;
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final Span period = new Span();
    private final CalendarDays days = new CalendarDays();
    private final Div unscheduled = new Div();
    private final PillarBalancePanel balancePanel = new PillarBalancePanel();
    private final FreezeBanner freezeBanner;
    private LocalDate anchor;
    private ZoneId zone = ZoneId.of("UTC");

    public CalendarView(ContentCalendar calendar, ContentService content, BrandService brands, PillarService pillars,
            ChannelService channels, EngineIdentity engineIdentity, CurrentUser currentUser, Clock clock,
            FreezeService freezes, ChannelVariants variants, ContentMarkets markets) {
        this.markets = markets;
        this.calendar = calendar;
        this.variants = variants;
        this.content = content;
        this.pillars = pillars;
        this.channels = channels;
        this.engineIdentity = engineIdentity;
        this.clock = clock;
        EngineRoomUser user = currentUser.require();
        this.planner = user.hasRole(Role.SOCIAL_MANAGER) || user.hasRole(Role.ADMIN);
        this.freezeBanner = new FreezeBanner(freezes, user, this::refresh);
        setSizeFull();

        List<BrandSummary> myBrands = brands.activeAmong(user.brands());
        brand.setId("calendar-brand");
        brand.setItems(myBrands);
        brand.setItemLabelGenerator(BrandSummary::name);
        market.setId("calendar-market");
        market.setItemLabelGenerator(Market::label);
        market.setPlaceholder("All markets");
        market.setClearButtonVisible(true);
        market.addValueChangeListener(change -> refresh());
        brand.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                zone = calendar.zone(change.getValue().id());
                anchor = today();
                market.setItems(markets.marketsOf(change.getValue().id()));
            }
            refresh();
        });

        mode.setId("calendar-mode");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(value -> value == Mode.MONTH ? "Month" : "Week");
        mode.setValue(Mode.MONTH);
        mode.addValueChangeListener(change -> refresh());

        Button previous = new Button("‹ Previous", click -> move(-1));
        previous.setId("calendar-previous");
        Button today = new Button("Today", click -> {
            anchor = today();
            refresh();
        });
        today.setId("calendar-today");
        Button next = new Button("Next ›", click -> move(1));
        next.setId("calendar-next");
        period.setId("calendar-period");
        period.addClassName("er-calendar__period");

        HorizontalLayout toolbar = new HorizontalLayout(brand, market, mode, previous, today, next, period);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("er-calendar__toolbar");

        unscheduled.setId("calendar-unscheduled");
        unscheduled.addClassName("er-calendar__unscheduled");
        VerticalLayout calendarColumn = new VerticalLayout(days, unscheduled);
        calendarColumn.setPadding(false);
        calendarColumn.addClassName("er-calendar__column");

        HorizontalLayout body = new HorizontalLayout(calendarColumn, balancePanel);
        body.setWidthFull();
        add(new H2("Calendar"), toolbar, freezeBanner, body);

        anchor = LocalDate.now(clock);
        if (!myBrands.isEmpty()) {
            brand.setValue(myBrands.get(0));
        } else {
            refresh();
        }
    }

    /** Re-reads the visible period from the database and redraws it. */
    void refresh() {
        unscheduled.removeAll();
        balancePanel.clear();
        BrandSummary selected = brand.getValue();
        freezeBanner.show(selected == null ? null : selected.id(), zone);
        CalendarDays.Period shown = CalendarDays.Period.around(anchor, mode.getValue() == Mode.MONTH, today());
        period.setText(shown.title());
        if (selected == null) {
            days.showEmpty();
            return;
        }
        java.util.function.Predicate<CalendarItem> inMarket = inMarket(selected.id());
        Map<LocalDate, List<CalendarItem>> byDay = calendar.items(selected.id(), shown.first(), shown.end()).stream()
                .filter(inMarket).collect(Collectors.groupingBy(item -> item.publishAt().toLocalDate()));
        days.show(shown, byDay, this::chip, day -> planner && !day.isBefore(today()), this::plan);
        List<CalendarItem> withoutTime = calendar.unscheduled(selected.id()).stream().filter(inMarket).toList();
        if (!withoutTime.isEmpty()) {
            unscheduled.add(new Span("Unscheduled:"));
            withoutTime.forEach(item -> unscheduled.add(chip(item)));
        }
        balancePanel.show(anchor, (from, to) -> calendar.balance(selected.id(), from, to));
    }

    /** Whether an item is shown under the chosen market (every item when none is chosen). */
    private java.util.function.Predicate<CalendarItem> inMarket(String brandId) {
        Market chosen = market.getValue();
        if (chosen == null || !chosen.brandId().equals(brandId)) {
            return item -> true;
        }
        Set<Long> targeting = markets.itemsTargeting(brandId, chosen.code());
        return item -> targeting.contains(item.id());
    }

    private void plan(LocalDate day) {
        new PlanItemDialog(selectedBrandId(), day, zone, content, pillars.of(selectedBrandId()),
                channels.enabledOf(selectedBrandId()), engineIdentity, this::refresh)
                .withMarkets(markets.marketsOf(selectedBrandId()), markets).open();
    }

    private Component chip(CalendarItem item) {
        return new CalendarChip(item, (clicked, state) -> new ItemDialog(clicked, state.label(), zone, planner,
                content, this::refresh).withVariants(variants.of(clicked.id())).open());
    }

    private void move(int steps) {
        anchor = mode.getValue() == Mode.MONTH ? anchor.plusMonths(steps) : anchor.plusWeeks(steps);
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private String selectedBrandId() {
        return brand.getValue().id();
    }

    /** A link such as the dashboard's ({@code ?brand=}) opens that brand's calendar. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("brand")
                .flatMap(id -> brand.getListDataView().getItems().filter(item -> item.id().equals(id)).findFirst())
                .ifPresent(brand::setValue);
    }

    /** Shows the period containing this day (for tests and deep links). */
    void show(LocalDate day) {
        anchor = day;
        refresh();
    }
}
