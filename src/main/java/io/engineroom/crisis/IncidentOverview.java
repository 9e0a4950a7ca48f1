package io.engineroom.crisis;

import java.time.Instant;

/**
 * An incident as the incident list and the room's header show it.
 *
 * @param severity 1 (worst) to 4; null until the crisis lead has assessed it
 * @param raisedBy the user who raised it; null when Engine Room did (a negative spike)
 */
public record IncidentOverview(long id, String brandId, String brandName, String title, String state,
        Integer severity, String source, Instant raisedAt, String raisedBy) {

    public static final String OPEN = "OPEN";

    public boolean open() {
        return OPEN.equals(state);
    }
}
