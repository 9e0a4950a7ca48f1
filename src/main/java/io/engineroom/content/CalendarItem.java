package io.engineroom.content;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A content item as the calendar shows it: its publish time in the brand's time zone ({@code null} while
 * unscheduled), its pillar's name and its channels' labels. Overdue: its publish time has passed while it is
 * still in production.
 *
 * @param returnedReason why the item went back to planning, while it waits there; null otherwise
 */
public record CalendarItem(long id, String brandId, String title, String state, ZonedDateTime publishAt,
        String pillar, List<String> channels, boolean overdue, String returnedReason) {

    public static final String IN_PRODUCTION = "IN_PRODUCTION";
    public static final String APPROVED = "APPROVED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String BACK_TO_PLANNING = "BACK_TO_PLANNING";

    public CalendarItem {
        channels = List.copyOf(channels);
    }

    public boolean scheduled() {
        return publishAt != null;
    }
}
