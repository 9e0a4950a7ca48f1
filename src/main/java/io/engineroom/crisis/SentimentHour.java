package io.engineroom.crisis;

import java.time.Instant;

/** How many of an incident's interactions of one hour (from {@code hour}) sounded negative, neutral, positive. */
public record SentimentHour(Instant hour, int negative, int neutral, int positive) {

    public int total() {
        return negative + neutral + positive;
    }
}
