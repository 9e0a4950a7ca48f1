package io.engineroom.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.engineroom.content.CalendarItem;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;

/**
 * One content item on the calendar: its time and title, coloured by its {@link CalendarState}. A component of its
 * own so the calendar's day cells and its "Unscheduled" strip show items the same way.
 */
class CalendarChip extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** @param open what a click does: the calendar opens the item's dialog with the state's label */
    CalendarChip(CalendarItem item, BiConsumer<CalendarItem, CalendarState> open) {
        Span time = new Span(item.scheduled() ? TIME.format(item.publishAt()) : "–");
        time.addClassName("er-chip__time");
        add(time, new Span(item.title()));
        setId("item-" + item.id());
        CalendarState state = CalendarState.of(item);
        addClassNames("calendar-chip", state.key(), "er-chip", state.cssClass());
        setTitle(item.title() + " · " + state.label());
        addClickListener(click -> open.accept(item, state));
    }
}
