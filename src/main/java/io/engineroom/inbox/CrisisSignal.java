package io.engineroom.inbox;

import java.util.List;

/**
 * Someone (or the spike detector) says this may be a crisis: the crisis module raises an incident from it, or adds
 * to the brand's open one. An event, not a call: the inbox only tells; the crisis module hears it after the step
 * that sent it has committed, and the event publication registry keeps it until it has (see V19 migration).
 *
 * @param interactionIds the interactions that gave the sign (one a person raised, or a spike's negative ones)
 * @param raisedBy a user id, or null for the system
 */
public record CrisisSignal(String brandId, List<String> interactionIds, String reason, String raisedBy) {

    public CrisisSignal {
        interactionIds = List.copyOf(interactionIds);
    }
}
