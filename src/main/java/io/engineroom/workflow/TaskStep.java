package io.engineroom.workflow;

import java.time.Instant;

/** One earlier step of a process instance: what happened, who did it (null for the system), when. */
public record TaskStep(String what, String who, Instant when) {
}
