package io.engineroom.listening;

import java.time.LocalDate;

/** The brand's own mentions on one of its calendar days, by sentiment. */
public record SentimentDay(LocalDate day, long negative, long neutral, long positive) {
}
