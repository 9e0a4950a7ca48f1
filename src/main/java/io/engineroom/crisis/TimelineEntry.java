package io.engineroom.crisis;

import java.time.Instant;

/** One step of an incident: when, who (null: Engine Room itself), what. */
public record TimelineEntry(Instant at, String who, String what) {
}
