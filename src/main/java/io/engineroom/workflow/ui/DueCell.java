package io.engineroom.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.engineroom.workflow.InboxEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A task's due countdown in My work and, under it, a "Reminded" badge once an SOP's reminder or escalation named the
 * task: the badge is what tells a reminded task from the others due at the same time (it also sorts first among
 * them), so people see which ones someone is waiting on.
 */
final class DueCell {

    /** The badge's CSS class: tests and styles find it by this, as a grid renders one per reminded row. */
    static final String BADGE_CLASS = "inbox-reminded";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private DueCell() {
    }

    static Component of(InboxEntry entry, Instant now) {
        Div cell = new Div(Countdown.of(entry.due(), now));
        if (entry.isReminded()) {
            Span badge = new Span("Reminded");
            badge.addClassName(BADGE_CLASS);
            badge.getElement().getThemeList().add("badge contrast small");
            badge.getElement().setAttribute("title", "Reminded " + WHEN.format(entry.remindedAt()));
            badge.getStyle().set("display", "inline-flex").set("margin-top", "var(--lumo-space-xs)");
            cell.add(badge);
        }
        return cell;
    }
}
