package io.engineroom.brand.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.engineroom.brand.BusinessHours.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A brand's opening hours per weekday: a day is open (with its opening and closing time) or closed. A day whose
 * closing is not after its opening makes {@link #problem()} say so, for the form to show next to the field.
 */
class WeekHoursField extends CustomField<Map<DayOfWeek, OpeningHours>> {

    private final Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);

    WeekHoursField() {
        setLabel("Business hours (in the brand's time zone)");
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setSpacing(false);
        for (DayOfWeek day : DayOfWeek.values()) {
            Day row = new Day(day);
            days.put(day, row);
            rows.add(row.layout);
        }
        add(rows);
    }

    /** What is wrong with the hours as typed, or null. */
    String problem() {
        for (Day day : days.values()) {
            if (day.open.getValue()) {
                LocalTime opens = day.opens.getValue();
                LocalTime closes = day.closes.getValue();
                if (opens == null || closes == null || !opens.isBefore(closes)) {
                    return name(day.day) + ": closing must come after opening";
                }
            }
        }
        return null;
    }

    @Override
    protected Map<DayOfWeek, OpeningHours> generateModelValue() {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, row) -> {
            LocalTime opens = row.opens.getValue();
            LocalTime closes = row.closes.getValue();
            // a day typed wrong is left out here; problem() names it, so the form refuses it before saving
            if (row.open.getValue() && opens != null && closes != null && opens.isBefore(closes)) {
                week.put(day, new OpeningHours(opens, closes));
            }
        });
        return week;
    }

    @Override
    protected void setPresentationValue(Map<DayOfWeek, OpeningHours> week) {
        days.forEach((day, row) -> {
            OpeningHours hours = week == null ? null : week.get(day);
            row.open.setValue(hours != null);
            row.opens.setValue(hours == null ? LocalTime.of(9, 0) : hours.opens());
            row.closes.setValue(hours == null ? LocalTime.of(17, 0) : hours.closes());
            row.enable();
        });
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** One weekday's row: open or closed, from, until. */
    private final class Day {
        final DayOfWeek day;
        final Checkbox open;
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();
        final HorizontalLayout layout;

        Day(DayOfWeek day) {
            this.day = day;
            String id = "brand-hours-" + day.name().toLowerCase(Locale.ROOT);
            open = new Checkbox(name(day));
            open.setId(id + "-open");
            open.setWidth("8em");
            opens.setId(id + "-opens");
            opens.setAriaLabel(name(day) + " opens");
            closes.setId(id + "-closes");
            closes.setAriaLabel(name(day) + " closes");
            for (TimePicker time : new TimePicker[] {opens, closes}) {
                time.setStep(Duration.ofMinutes(30));
                time.setWidth("8em");
                time.addValueChangeListener(change -> updateValue());
            }
            open.addValueChangeListener(change -> {
                enable();
                updateValue();
            });
            layout = new HorizontalLayout(open, opens, closes);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        void enable() {
            opens.setEnabled(open.getValue());
            closes.setEnabled(open.getValue());
        }
    }
}
