package io.engineroom.notification.digest;

import io.engineroom.notification.NotificationSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The text of a daily digest: each notice with its time in the reader's time zone and a link to act on it, so the
 * e-mail alone says what happened and where to go.
 */
final class DigestLetter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    /** One notice as the digest lists it. */
    record Item(long id, String subject, String body, String link, Instant createdAt, boolean acknowledged) {
    }

    private final NotificationSettings links;
    private final int maxBody;

    DigestLetter(NotificationSettings links, int maxBody) {
        this.links = links;
        this.maxBody = maxBody;
    }

    static String subject(int count) {
        return "Your Engine Room digest: " + count + (count == 1 ? " notice" : " notices");
    }

    String text(List<Item> listed, int notListed, ZoneId zone) {
        StringBuilder text = new StringBuilder("Good morning,\n\nhere is what you chose to hear of once a day.\n\n");
        for (Item item : listed) {
            text.append("* ").append(item.subject()).append('\n');
            text.append("  ").append(TIME.format(item.createdAt().atZone(zone)))
                    .append(item.acknowledged() ? " (acknowledged)" : "").append('\n');
            text.append("  ").append(shorten(item.body()).replace("\n", "\n  ")).append('\n');
            if (item.link() != null) {
                text.append("  Open in Engine Room: ").append(links.link(item.link())).append('\n');
            }
            text.append('\n');
        }
        if (notListed > 0) {
            text.append("And ").append(notListed).append(" more: see ").append(links.link("/notifications"))
                    .append("\n\n");
        }
        text.append("Times are in ").append(zone.getId()).append(". Choose how you hear of each kind of notice: ")
                .append(links.link("/notifications/preferences")).append('\n');
        return text.toString();
    }

    private String shorten(String body) {
        return body.length() <= maxBody ? body : body.substring(0, maxBody - 1) + "…";
    }
}
