package io.engineroom.crisis;

import io.engineroom.content.CalendarItem;
import io.engineroom.inbox.InteractionSummary;
import io.engineroom.publishing.FreezeSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the incident room shows at one moment.
 *
 * @param zone the brand's time zone, the room's clock
 * @param waitingAt the SOP's open steps ("Assess severity", "Draft the holding statement"); empty once it ended
 * @param freeze the brand's publishing freeze while it is on; null otherwise
 * @param frozenPosts the brand's posts held by the freeze or planned during it, in publish order
 * @param sentimentByHour the linked interactions counted per hour, oldest first, hours without any included
 * @param statement the holding statement; null until the crisis lead has drafted one
 * @param nextStatusUpdateDue when the next status update is due; null when none is planned (not yet, or over)
 */
public record IncidentRoom(IncidentOverview incident, String description, ZoneId zone, List<String> waitingAt,
        List<TimelineEntry> timeline, FreezeSummary freeze, List<CalendarItem> frozenPosts,
        List<InteractionSummary> interactions, List<SentimentHour> sentimentByHour, HoldingStatement statement,
        Instant nextStatusUpdateDue) {

    public IncidentRoom {
        waitingAt = List.copyOf(waitingAt);
        timeline = List.copyOf(timeline);
        frozenPosts = List.copyOf(frozenPosts);
        interactions = List.copyOf(interactions);
        sentimentByHour = List.copyOf(sentimentByHour);
    }
}
