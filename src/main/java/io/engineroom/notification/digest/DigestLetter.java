package io.engineroom.notification.digest;

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

    private final String appUrl;
    private final int maxBody;

    DigestLetter(String appUrl, int maxBody) {
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
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
                text.append("  Open in Engine Room: ").append(appUrl).append(item.link()).append('\n');
            }
            text.append('\n');
        }
        if (notListed > 0) {
            text.append("And ").append(notListed).append(" more: see ").append(appUrl).append("/notifications\n\n");
        }
        text.append("Times are in ").append(zone.getId()).append(". Choose how you hear of each kind of notice: ")
                .append(appUrl).append("/notifications/preferences\n");
        return text.toString();
    }

    private String shorten(String body) {
        return body.length() <= maxBody ? body : body.substring(0, maxBody - 1) + "…";
    }
}
