package io.engineroom.inbox;

/**
 * Someone (or the spike detector) says this may be a crisis. The crisis SOP starts from it once it exists; until
 * then the signal is an application event that is logged.
 *
 * @param interactionId null for a spike of many interactions
 * @param raisedBy a user id, or null for the system
 */
public record CrisisSignal(String brandId, String interactionId, String reason, String raisedBy) {
}
