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
    private static final double HEIGHT_REM = 8; // the stack's height in the stylesheet (.er-sentiment__stack)

    SentimentChart() {
        setId("sentiment-chart");
        addClassName("er-sentiment");
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
        Div stack = new Div(part(hour.positive(), most, Tone.POSITIVE), part(hour.neutral(), most, Tone.NEUTRAL),
                part(hour.negative(), most, Tone.NEGATIVE));
        stack.addClassName("er-sentiment__stack"); // HEIGHT_REM high, in the stylesheet
        Span at = new Span(label);
        at.addClassName("er-sentiment__label");
        Div bar = new Div(stack, at);
        bar.addClassNames("sentiment-hour", "er-sentiment__hour");
        bar.getElement().setAttribute("data-negative", Integer.toString(hour.negative()))
                .setAttribute("data-neutral", Integer.toString(hour.neutral()))
                .setAttribute("data-positive", Integer.toString(hour.positive()))
                .setAttribute("title", label + " — " + hour.negative() + " negative, " + hour.neutral()
                        + " neutral, " + hour.positive() + " positive");
        return bar;
    }

    private static Div part(int count, int most, Tone tone) {
        Div part = new Div();
        part.addClassName(tone.cssClass);
        // computed at run time: the share of the busiest hour's height this count takes
        part.getStyle().set("height", (HEIGHT_REM * count / most) + "rem");
        return part;
    }

    /** A sentiment as the chart colours it: each names the stylesheet class of its part of a bar. */
    enum Tone {
        POSITIVE("er-sentiment__part--positive"),
        NEUTRAL("er-sentiment__part--neutral"),
        NEGATIVE("er-sentiment__part--negative");

        final String cssClass;

        Tone(String cssClass) {
            this.cssClass = cssClass;
        }
    }
}
