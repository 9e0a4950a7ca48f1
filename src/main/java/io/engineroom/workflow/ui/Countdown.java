package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * "Due in 3h 12m" / "overdue 2d 4h", red once overdue. The server writes the first text; a small script in
 * the page then recounts every element carrying {@code data-due} each second, so the countdown is live
 * without a server round trip.
 */
@NamedInterface("countdown") // other modules' screens show SLA dues the same way
public final class Countdown {

    private static final String TICKER = """
            if (!window.engineRoomCountdown) {
              const part = (n, unit) => n > 0 ? n + unit : '';
              const format = ms => {
                const abs = Math.abs(ms), s = Math.floor(abs / 1000), m = Math.floor(s / 60), h = Math.floor(m / 60), d = Math.floor(h / 24);
                const text = d > 0 ? (d + 'd ' + part(h % 24, 'h')) : h > 0 ? (h + 'h ' + part(m % 60, 'm'))
                           : m > 0 ? (m + 'm ' + part(s % 60, 's')) : (s + 's');
                return (ms < 0 ? 'overdue ' : 'in ') + text.trim();
              };
              window.engineRoomCountdown = setInterval(() => {
                document.querySelectorAll('[data-due]').forEach(el => {
                  const ms = Number(el.dataset.due) - Date.now();
                  el.textContent = format(ms);
                  el.classList.toggle('overdue', ms < 0);
                  el.classList.toggle('OVERDUE_CLASS', ms < 0);
                });
              }, 1000);
            }""".replace("OVERDUE_CLASS", DueState.OVERDUE.cssClass());

    /** The "Reminded" badge's CSS class: tests and styles find it by this, as a grid renders one per row. */
    public static final String REMINDED_CLASS = "inbox-reminded";

    private static final java.time.format.DateTimeFormatter REMINDED_AT = java.time.format.DateTimeFormatter
            .ofPattern("d MMM HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private Countdown() {
    }

    public static Span of(Instant due, Instant now) {
        Span span = new Span();
        if (due == null) {
            span.setText("no due date");
            return span;
        }
        Duration left = Duration.between(now, due);
        span.setText(format(left));
        span.getElement().setAttribute("data-due", Long.toString(due.toEpochMilli()));
        DueState state = DueState.of(left);
        span.addClassName(state.cssClass());
        if (state == DueState.OVERDUE) {
            span.addClassName("overdue");
        }
        return span;
    }

    /**
     * The countdown and, under it, a "Reminded" badge once an SOP's reminder named the task: the badge tells a
     * reminded task from the others due at the same time (it sorts first among them too), so people see which ones
     * someone is waiting on. My work and the interaction inbox show dues this way.
     *
     * @param remindedAt when a reminder last named the task; null when never
     */
    public static Component withReminder(Instant due, Instant remindedAt, Instant now) {
        Div cell = new Div(of(due, now));
        cell.addClassName("er-due-cell");
        if (remindedAt != null) {
            Span badge = new Span("Reminded");
            badge.addClassName(REMINDED_CLASS);
            badge.addClassName("er-reminded");
            badge.getElement().setAttribute("title", "Reminded " + REMINDED_AT.format(remindedAt));
            cell.add(badge);
        }
        return cell;
    }

    /** Starts the page's ticker once per page. */
    public static void startTicker(UI ui) {
        ui.getPage().executeJs(TICKER);
    }

    static String format(Duration left) {
        long seconds = Math.abs(left.getSeconds());
        long minutes = seconds / 60;
        long hours = minutes / 60;
        long days = hours / 24;
        String text;
        if (days > 0) {
            text = days + "d " + part(hours % 24, "h");
        } else if (hours > 0) {
            text = hours + "h " + part(minutes % 60, "m");
        } else if (minutes > 0) {
            text = minutes + "m " + part(seconds % 60, "s");
        } else {
            text = seconds + "s";
        }
        return (left.isNegative() ? "overdue " : "in ") + text.trim();
    }

    private static String part(long value, String unit) {
        return value > 0 ? value + unit : "";
    }
}
