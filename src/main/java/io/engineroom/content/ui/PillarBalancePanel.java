package io.engineroom.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.engineroom.content.PillarBalance;
import io.engineroom.content.PillarShare;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The calendar's side panel: how the visible week's and month's items spread over the brand's pillars against
 * their targets, with a warning when promotion is above its target. Kept apart from the calendar grid because it
 * reads only the balances and draws bars, nothing about days.
 */
class PillarBalancePanel extends VerticalLayout {

    PillarBalancePanel() {
        setId("pillar-balance");
        setPadding(false);
        setSpacing(false);
        setWidth("18rem");
        addClassName("er-calendar__balance");
    }

    void clear() {
        removeAll();
    }

    /**
     * Shows the week and the month around {@code day}.
     *
     * @param balance reads the balance of the items from a day (inclusive) to a day (exclusive)
     */
    void show(LocalDate day, BiFunction<LocalDate, LocalDate, PillarBalance> balance) {
        removeAll();
        LocalDate weekStart = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = day.withDayOfMonth(1);
        add(new H4("Pillar balance"),
                section("week", "Week of " + weekStart.format(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH)),
                        balance.apply(weekStart, weekStart.plusDays(7))),
                section("month", day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        balance.apply(monthStart, monthStart.plusMonths(1))));
    }

    private static Component section(String key, String heading, PillarBalance balance) {
        VerticalLayout section = new VerticalLayout();
        section.setId("balance-" + key);
        section.setPadding(false);
        section.setSpacing(false);
        section.addClassName("er-balance__section");
        Span title = new Span(heading + " · " + balance.planned() + " planned");
        title.addClassName("er-strong");
        section.add(title);
        if (balance.promotionAboveTarget()) {
            Span warning = new Span("Promotion above target");
            warning.setId("promotion-warning-" + key);
            warning.getElement().setAttribute("role", "alert");
            warning.addClassName("er-balance__warning");
            section.add(warning);
        }
        for (PillarShare share : balance.pillars()) {
            section.add(shareRow(share));
        }
        if (balance.pillars().isEmpty()) {
            section.add(note("No pillars defined for this brand"));
        }
        if (balance.withoutPillar() > 0) {
            section.add(note(balance.withoutPillar() + " without a pillar"));
        }
        return section;
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassName("er-note");
        return note;
    }

    private static Component shareRow(PillarShare share) {
        Span text = new Span(share.pillar() + ": " + format(share.share()) + " % of planned (" + share.items()
                + ") · target " + share.targetShare() + " %");
        text.addClassName("er-small");
        boolean promotionOver = share.aboveTarget() && share.promotional();
        text.setClassName("er-balance__share-text--promotion-over", promotionOver);
        Div fill = new Div();
        fill.addClassName("er-balance__fill");
        fill.setClassName("er-balance__fill--promotion-over", promotionOver);
        // computed at run time: the bar is as long as the pillar's share
        fill.getStyle().set("width", Math.min(100, share.share()) + "%");
        Div target = new Div();
        target.addClassName("er-balance__target");
        // computed at run time: the mark stands at the pillar's target share
        target.getStyle().set("left", share.targetShare() + "%");
        Div bar = new Div(fill, target);
        bar.addClassName("er-balance__bar");
        Div row = new Div(text, bar);
        row.addClassNames("pillar-share", "er-balance__share");
        return row;
    }

    private static String format(double share) {
        return share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share);
    }
}
