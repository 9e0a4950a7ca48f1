package io.engineroom.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.InteractionSummary;
import io.engineroom.inbox.Sentiment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The room's sentiment chart: per hour, the quiet hours between included, at most the latest 48. */
class SentimentByHourTest {

    private static final Instant TEN = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void countsEachHourAndKeepsTheQuietOnesBetween() {
        List<SentimentHour> hours = IncidentRooms.sentimentByHour(List.of(
                at("2026-03-02T10:05:00Z", Sentiment.NEGATIVE), at("2026-03-02T10:59:59Z", Sentiment.NEGATIVE),
                at("2026-03-02T10:30:00Z", Sentiment.POSITIVE), at("2026-03-02T13:00:00Z", Sentiment.NEUTRAL),
                at("2026-03-02T13:01:00Z", null)));

        assertThat(hours).containsExactly(new SentimentHour(TEN, 2, 0, 1),
                new SentimentHour(Instant.parse("2026-03-02T11:00:00Z"), 0, 0, 0),
                new SentimentHour(Instant.parse("2026-03-02T12:00:00Z"), 0, 0, 0),
                new SentimentHour(Instant.parse("2026-03-02T13:00:00Z"), 0, 2, 0));
    }

    @Test
    void looksBackAtMostFortyEightHoursFromTheLatest() {
        List<SentimentHour> hours = IncidentRooms.sentimentByHour(List.of(at("2026-02-20T08:00:00Z",
                Sentiment.NEGATIVE), at("2026-03-02T10:10:00Z", Sentiment.NEGATIVE)));

        assertThat(hours).hasSize(IncidentRooms.MAX_HOURS);
        assertThat(hours.get(hours.size() - 1)).isEqualTo(new SentimentHour(TEN, 1, 0, 0));
        assertThat(hours.stream().mapToInt(SentimentHour::total).sum()).isEqualTo(1);
        assertThat(IncidentRooms.sentimentByHour(List.of())).isEmpty();
    }

    private static InteractionSummary at(String occurredAt, Sentiment sentiment) {
        return new InteractionSummary("id-" + occurredAt, "brand", 1, "channel", 500, null, "@a", null, "text",
                Instant.parse(occurredAt), sentiment, null, null, null, null);
    }
}
