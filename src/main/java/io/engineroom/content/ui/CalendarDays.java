package io.engineroom.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.engineroom.content.CalendarItem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The calendar's grid: a header row of weekdays, then one cell per day with its number, a "+" to plan an item on
 * it (for planners, today and later) and its items' chips. Apart from the view so the view keeps only choosing
 * the brand and period; this draws whatever days it is given.
 */
class CalendarDays extends Div {

    static final DateTimeFormatter DAY_ID = DateTimeFormatter.ISO_LOCAL_DATE;

    CalendarDays() {
        setId("calendar-days");
        setWidthFull();
        addClassName("er-calendar__days");
    }

    /** Only the weekday headers, for when no brand is chosen. */
    void showEmpty() {
        removeAll();
        for (DayOfWeek day : DayOfWeek.values()) {
            Div header = new Div(new Span(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
            header.addClassName("er-calendar__weekday");
            add(header);
        }
    }

    /**
     * @param mayPlan the days that get a "+" (none for people who do not plan, and never a past day)
     * @param plan what "+" on a day does
     */
    void show(Period period, Map<LocalDate, List<CalendarItem>> byDay, Function<CalendarItem, Component> chip,
            Predicate<LocalDate> mayPlan, Consumer<LocalDate> plan) {
        showEmpty();
        for (LocalDate day = period.first(); day.isBefore(period.end()); day = day.plusDays(1)) {
            add(cell(period, day, byDay.getOrDefault(day, List.of()), chip, mayPlan.test(day) ? plan : null));
        }
    }

    private static Component cell(Period period, LocalDate day, List<CalendarItem> items,
            Function<CalendarItem, Component> chip, Consumer<LocalDate> plan) {
        Div cell = new Div();
        cell.setId("day-" + DAY_ID.format(day));
        cell.addClassName("er-calendar__day");
        boolean outside = period.month() != null && !YearMonth.from(day).equals(period.month());
        cell.setClassName("er-calendar__day--outside", outside);
        cell.setClassName("er-calendar__day--week", period.month() == null);
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("er-calendar__day-number");
        number.setClassName("er-calendar__day-number--today", day.equals(period.today()));
        HorizontalLayout head = new HorizontalLayout(number);
        head.setWidthFull();
        head.setAlignItems(Alignment.CENTER);
        head.expand(number);
        head.setSpacing(false);
        if (plan != null) {
            Button add = new Button("+", click -> plan.accept(day));
            add.setId("add-" + DAY_ID.format(day));
            add.getElement().setAttribute("aria-label", "Plan an item on " + DAY_ID.format(day));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            head.add(add);
        }
        cell.add(head);
        items.forEach(item -> cell.add(chip.apply(item)));
        return cell;
    }

    /**
     * The days drawn, from {@code first} (a Monday) up to {@code end} (exclusive); {@code month} is the month shown
     * in month mode and null in week mode; {@code today} is the brand's today.
     */
    record Period(LocalDate first, LocalDate end, YearMonth month, LocalDate today) {

        /** The whole weeks around {@code anchor}'s month (month mode) or the week starting at it. */
        static Period around(LocalDate anchor, boolean wholeMonth, LocalDate today) {
            LocalDate from = wholeMonth ? anchor.withDayOfMonth(1) : anchor;
            LocalDate first = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!wholeMonth) {
                return new Period(first, first.plusDays(7), null, today);
            }
            LocalDate end = anchor.with(TemporalAdjusters.lastDayOfMonth())
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
            return new Period(first, end, YearMonth.from(anchor), today);
        }

        /** "November 2026" or "Week of Nov 23, 2026". */
        String title() {
            return month != null
                    ? month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear()
                    : "Week of " + first.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));
        }
    }
}
