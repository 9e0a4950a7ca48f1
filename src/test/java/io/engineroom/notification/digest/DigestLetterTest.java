package io.engineroom.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.notification.NotificationSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest's text: each notice at the reader's local time with its link, long texts cut, the rest counted. */
class DigestLetterTest {

    final DigestLetter letter = new DigestLetter(
            new NotificationSettings("engine-room@example.com", "https://engine-room.example/"), 20);

    @Test
    void eachNoticeShowsItsLocalTimeItsTextAndWhereToAct() {
        String text = letter.text(List.of(
                new DigestLetter.Item(1, "A reply is late", "Answer it.", "/task/9",
                        Instant.parse("2026-12-04T16:30:00Z"), false),
                new DigestLetter.Item(2, "Review waiting", "A much longer text than twenty characters.", null,
                        Instant.parse("2026-12-04T17:05:00Z"), true)), 3, ZoneId.of("Europe/Berlin"));

        assertThat(text).contains("* A reply is late\n  Fri 4 Dec, 17:30\n  Answer it.\n"
                + "  Open in Engine Room: https://engine-room.example/task/9\n");
        assertThat(text).contains("* Review waiting\n  Fri 4 Dec, 18:05 (acknowledged)\n  A much longer text …\n\n");
        assertThat(text).contains("And 3 more: see https://engine-room.example/notifications");
        assertThat(text).contains("Times are in Europe/Berlin");
    }

    @Test
    void theSubjectCountsTheNotices() {
        assertThat(DigestLetter.subject(1)).isEqualTo("Your Engine Room digest: 1 notice");
        assertThat(DigestLetter.subject(4)).isEqualTo("Your Engine Room digest: 4 notices");
    }
}
