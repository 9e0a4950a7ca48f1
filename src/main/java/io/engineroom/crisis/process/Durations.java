package io.engineroom.crisis.process;

import java.time.Duration;

/** ISO durations as people say them in notices and timeline entries. */
final class Durations {

    private Durations() {
    }

    static String spoken(String iso) {
        Duration duration = Duration.parse(iso);
        if (duration.toMinutes() < 60) {
            return duration.toMinutes() + " minutes";
        }
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        return hours + (hours == 1 ? " hour" : " hours") + (minutes == 0 ? "" : " " + minutes + " minutes");
    }
}
