package io.engineroom.crisis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.engineroom.crisis.SentimentHour;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The incident's interactions per hour as stacked bars (negative red at the bottom, neutral grey, positive green):
 * plain divs, so no charting add-on is needed. Each bar carries its counts as data attributes and a tooltip.
 */
class SentimentChart extends Div {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final double HEIGHT_REM = 8;

    SentimentChart() {
        setId("sentiment-chart");
        getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "2px")
                .set("overflow-x", "auto").set("padding", "var(--lumo-space-s) 0");
    }

    void show(List<SentimentHour> hours, ZoneId zone) {
        removeAll();
        if (hours.isEmpty()) {
            setText("No interactions linked yet");
            return;
        }
        setText("");
        int most = hours.stream().mapToInt(SentimentHour::total).max().orElse(1);
        for (SentimentHour hour : hours) {
            add(bar(hour, Math.max(most, 1), HOUR.format(hour.hour().atZone(zone))));
        }
    }

    private static Div bar(SentimentHour hour, int most, String label) {
        Div stack = new Div(part(hour.positive(), most, "var(--lumo-success-color)"),
                part(hour.neutral(), most, "var(--lumo-contrast-40pct)"),
                part(hour.negative(), most, "var(--lumo-error-color)"));
        stack.getStyle().set("display", "flex").set("flex-direction", "column").set("justify-content", "flex-end")
                .set("height", HEIGHT_REM + "rem").set("width", "1.75rem");
        Span at = new Span(label);
        at.getStyle().set("font-size", "var(--lumo-font-size-xxs)").set("color", "var(--lumo-secondary-text-color)");
        Div bar = new Div(stack, at);
        bar.addClassName("sentiment-hour");
        bar.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center");
        bar.getElement().setAttribute("data-negative", Integer.toString(hour.negative()))
                .setAttribute("data-neutral", Integer.toString(hour.neutral()))
                .setAttribute("data-positive", Integer.toString(hour.positive()))
                .setAttribute("title", label + " — " + hour.negative() + " negative, " + hour.neutral()
                        + " neutral, " + hour.positive() + " positive");
        return bar;
    }

    private static Div part(int count, int most, String color) {
        Div part = new Div();
        part.getStyle().set("height", (HEIGHT_REM * count / most) + "rem").set("background", color);
        return part;
    }
}
