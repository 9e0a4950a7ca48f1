package io.engineroom.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
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
import io.engineroom.content.ContentCalendar;
import io.engineroom.content.ContentService;
import io.engineroom.content.PillarBalance;
import io.engineroom.content.PillarShare;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import io.engineroom.publishing.FreezeService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The content calendar of one brand at a time: a month or a week of days, each content item as a chip coloured
 * by its state, "+" on a day to plan an item for it, a click on a chip to see and reschedule it, and beside it
 * the pillar balance of the visible week and month. Days are the brand's days (its time zone).
 */
@Route("calendar")
@PageTitle("Calendar · Engine Room")
@Menu(title = "Calendar", order = 1)
// Vaadin asks the request isUserInRole(name); Spring Security adds the ROLE_ prefix, so these are the group ids.
@RolesAllowed({Roles.SOCIAL_MANAGER, Roles.COPYWRITER, Roles.DESIGNER, Roles.BRAND_REVIEWER, Roles.LEGAL,
        Roles.CLIENT_APPROVER, Roles.ADMIN})
public class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    enum Mode { MONTH, WEEK }

    static final DateTimeFormatter DAY_ID = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ContentCalendar calendar;
    private final ContentService content;
    private final ChannelVariants variants;
    private final PillarService pillars;
    private final ChannelService channels;
    private final EngineIdentity engineIdentity;
    private final Clock clock;
    private final boolean planner;

    private final ComboBox<BrandSummary> brand = new ComboBox<>("Brand");
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final Span period = new Span();
    private final Div days = new Div();
    private final Div unscheduled = new Div();
    private final VerticalLayout balancePanel = new VerticalLayout();
    private final FreezeBanner freezeBanner;
    private LocalDate anchor;
    private ZoneId zone = ZoneId.of("UTC");

    public CalendarView(ContentCalendar calendar, ContentService content, BrandService brands, PillarService pillars,
            ChannelService channels, EngineIdentity engineIdentity, CurrentUser currentUser, Clock clock,
            FreezeService freezes, ChannelVariants variants) {
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

        List<BrandSummary> myBrands = brands.find(user.brands());
        brand.setId("calendar-brand");
        brand.setItems(myBrands);
        brand.setItemLabelGenerator(BrandSummary::name);
        brand.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                zone = calendar.zone(change.getValue().id());
                anchor = today();
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
        period.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        HorizontalLayout toolbar = new HorizontalLayout(brand, mode, previous, today, next, period);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");

        days.setId("calendar-days");
        days.setWidthFull();
        days.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))")
                .set("gap", "1px").set("background", "var(--lumo-contrast-10pct)")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        unscheduled.setId("calendar-unscheduled");
        unscheduled.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        VerticalLayout calendarColumn = new VerticalLayout(days, unscheduled);
        calendarColumn.setPadding(false);
        calendarColumn.getStyle().set("flex", "1 1 0").set("min-width", "0");

        balancePanel.setId("pillar-balance");
        balancePanel.setPadding(false);
        balancePanel.setSpacing(false);
        balancePanel.setWidth("18rem");
        balancePanel.getStyle().set("flex", "0 0 auto");

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
        days.removeAll();
        unscheduled.removeAll();
        balancePanel.removeAll();
        BrandSummary selected = brand.getValue();
        freezeBanner.show(selected == null ? null : selected.id(), zone);
        LocalDate first = firstShown();
        LocalDate end = endShown();
        period.setText(mode.getValue() == Mode.MONTH
                ? anchor.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + anchor.getYear()
                : "Week of " + first.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)));
        for (DayOfWeek day : DayOfWeek.values()) {
            Div header = new Div(new Span(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
            header.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-xs)")
                    .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
            days.add(header);
        }
        if (selected == null) {
            return;
        }
        Map<LocalDate, List<CalendarItem>> byDay = calendar.items(selected.id(), first, end).stream()
                .collect(Collectors.groupingBy(item -> item.publishAt().toLocalDate()));
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            days.add(dayCell(day, byDay.getOrDefault(day, List.of())));
        }
        List<CalendarItem> withoutTime = calendar.unscheduled(selected.id());
        if (!withoutTime.isEmpty()) {
            unscheduled.add(new Span("Unscheduled:"));
            withoutTime.forEach(item -> unscheduled.add(chip(item)));
        }
        LocalDate weekStart = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = anchor.withDayOfMonth(1);
        balancePanel.add(new H4("Pillar balance"));
        balancePanel.add(balanceSection("week", "Week of " + weekStart.format(DateTimeFormatter.ofPattern("MMM d",
                Locale.ENGLISH)), calendar.balance(selected.id(), weekStart, weekStart.plusDays(7))));
        balancePanel.add(balanceSection("month", anchor.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                calendar.balance(selected.id(), monthStart, monthStart.plusMonths(1))));
    }

    private Component dayCell(LocalDate day, List<CalendarItem> items) {
        Div cell = new Div();
        cell.setId("day-" + DAY_ID.format(day));
        boolean outside = mode.getValue() == Mode.MONTH && day.getMonth() != anchor.getMonth();
        cell.getStyle().set("background", outside ? "var(--lumo-contrast-5pct)" : "var(--lumo-base-color)")
                .set("min-height", mode.getValue() == Mode.WEEK ? "16rem" : "6.5rem")
                .set("padding", "var(--lumo-space-xs)").set("display", "flex").set("flex-direction", "column")
                .set("gap", "2px").set("min-width", "0");
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.getStyle().set("font-size", "var(--lumo-font-size-s)");
        if (day.equals(today())) {
            number.getStyle().set("font-weight", "700").set("color", "var(--lumo-primary-text-color)");
        }
        HorizontalLayout head = new HorizontalLayout(number);
        head.setWidthFull();
        head.setAlignItems(Alignment.CENTER);
        head.expand(number);
        head.setSpacing(false);
        if (planner && !day.isBefore(today())) {
            Button add = new Button("+", click -> new PlanItemDialog(selectedBrandId(), day, zone, content,
                    pillars.of(selectedBrandId()), channels.of(selectedBrandId()), engineIdentity, this::refresh)
                    .open());
            add.setId("add-" + DAY_ID.format(day));
            add.getElement().setAttribute("aria-label", "Plan an item on " + DAY_ID.format(day));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            head.add(add);
        }
        cell.add(head);
        items.forEach(item -> cell.add(chip(item)));
        return cell;
    }

    Div chip(CalendarItem item) {
        Span time = new Span(item.scheduled() ? TIME.format(item.publishAt()) : "–");
        time.getStyle().set("font-weight", "600").set("margin-right", "0.3em");
        Span title = new Span(item.title());
        Div chip = new Div(time, title);
        chip.setId("item-" + item.id());
        String state = state(item);
        chip.addClassNames("calendar-chip", state);
        chip.setTitle(item.title() + " · " + label(state));
        String background = switch (state) {
            case "approved" -> "var(--lumo-success-color-10pct)";
            case "in-production" -> "var(--lumo-primary-color-10pct)";
            case "published" -> "var(--lumo-success-color)";
            case "back-to-planning" -> "var(--lumo-error-color-10pct)";
            default -> "var(--lumo-contrast-10pct)";
        };
        String colour = switch (state) {
            case "approved" -> "var(--lumo-success-text-color)";
            case "in-production" -> "var(--lumo-primary-text-color)";
            case "published" -> "var(--lumo-success-contrast-color)";
            case "back-to-planning" -> "var(--lumo-error-text-color)";
            default -> "var(--lumo-secondary-text-color)";
        };
        chip.getStyle().set("background", background).set("color", colour).set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "1px 4px").set("font-size", "var(--lumo-font-size-xs)").set("cursor", "pointer")
                .set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap");
        chip.addClickListener(click -> new ItemDialog(item, label(state), zone, planner, content, this::refresh)
                .withVariants(variants.of(item.id())).open());
        return chip;
    }

    /**
     * in-production (blue), approved (light green), published (green), back-to-planning (red), or overdue /
     * unscheduled (grey).
     */
    static String state(CalendarItem item) {
        if (CalendarItem.PUBLISHED.equals(item.state())) {
            return "published";
        }
        if (CalendarItem.BACK_TO_PLANNING.equals(item.state())) {
            return "back-to-planning";
        }
        if (!item.scheduled()) {
            return "unscheduled";
        }
        if (item.overdue()) {
            return "overdue";
        }
        return CalendarItem.APPROVED.equals(item.state()) ? "approved" : "in-production";
    }

    static String label(String state) {
        return switch (state) {
            case "approved" -> "Approved";
            case "in-production" -> "In production";
            case "published" -> "Published";
            case "back-to-planning" -> "Back to planning";
            case "overdue" -> "Overdue";
            default -> "Unscheduled";
        };
    }

    private Component balanceSection(String key, String heading, PillarBalance balance) {
        VerticalLayout section = new VerticalLayout();
        section.setId("balance-" + key);
        section.setPadding(false);
        section.setSpacing(false);
        section.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        Span title = new Span(heading + " · " + balance.planned() + " planned");
        title.getStyle().set("font-weight", "600");
        section.add(title);
        if (balance.promotionAboveTarget()) {
            Span warning = new Span("Promotion above target");
            warning.setId("promotion-warning-" + key);
            warning.getElement().setAttribute("role", "alert");
            warning.getStyle().set("color", "var(--lumo-error-text-color)")
                    .set("background", "var(--lumo-error-color-10pct)").set("font-weight", "600")
                    .set("padding", "2px var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("margin", "var(--lumo-space-xs) 0");
            section.add(warning);
        }
        for (PillarShare share : balance.pillars()) {
            section.add(shareRow(share));
        }
        if (balance.pillars().isEmpty()) {
            Span none = new Span("No pillars defined for this brand");
            none.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            section.add(none);
        }
        if (balance.withoutPillar() > 0) {
            Span without = new Span(balance.withoutPillar() + " without a pillar");
            without.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            section.add(without);
        }
        return section;
    }

    private static Component shareRow(PillarShare share) {
        Span text = new Span(share.pillar() + ": " + format(share.share()) + " % of planned (" + share.items()
                + ") · target " + share.targetShare() + " %");
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        if (share.aboveTarget()) {
            text.getStyle().set("color", share.promotional() ? "var(--lumo-error-text-color)" : "inherit");
        }
        Div bar = new Div();
        bar.getStyle().set("position", "relative").set("height", "6px").set("width", "100%")
                .set("background", "var(--lumo-contrast-10pct)").set("border-radius", "3px");
        Div fill = new Div();
        fill.getStyle().set("position", "absolute").set("left", "0").set("top", "0").set("bottom", "0")
                .set("width", Math.min(100, share.share()) + "%").set("border-radius", "3px")
                .set("background", share.aboveTarget() && share.promotional() ? "var(--lumo-error-color)"
                        : "var(--lumo-primary-color)");
        Div target = new Div();
        target.getStyle().set("position", "absolute").set("top", "-2px").set("bottom", "-2px").set("width", "2px")
                .set("left", share.targetShare() + "%").set("background", "var(--lumo-body-text-color)");
        bar.add(fill, target);
        Div row = new Div(text, bar);
        row.addClassName("pillar-share");
        row.getStyle().set("margin", "2px 0 6px");
        return row;
    }

    private static String format(double share) {
        return share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share);
    }

    private void move(int steps) {
        anchor = mode.getValue() == Mode.MONTH ? anchor.plusMonths(steps) : anchor.plusWeeks(steps);
        refresh();
    }

    private LocalDate firstShown() {
        LocalDate from = mode.getValue() == Mode.MONTH ? anchor.withDayOfMonth(1) : anchor;
        return from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private LocalDate endShown() {
        if (mode.getValue() == Mode.WEEK) {
            return firstShown().plusDays(7);
        }
        return anchor.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                .plusDays(1);
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
