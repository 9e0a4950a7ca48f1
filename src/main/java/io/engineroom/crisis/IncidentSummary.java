package io.engineroom.crisis;

import java.time.Instant;
import java.util.Set;

/**
 * An incident as others see it.
 *
 * @param joined true when the raise or signal found the brand's incident already open and joined it
 */
public record IncidentSummary(long id, String brandId, String title, String state, Integer severity, String source,
        Instant raisedAt, Set<String> interactionIds, boolean joined) {
}
