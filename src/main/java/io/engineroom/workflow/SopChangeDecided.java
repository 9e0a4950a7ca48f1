package io.engineroom.workflow;

/**
 * An SOP change was approved, rejected or activated at once by an administrator: published in the transaction that
 * decides it, for whoever must tell its author (the notification module).
 *
 * @param proposedBy who deployed it; null when Engine Room deployed the SOP folder at start-up
 * @param decidedBy  the reviewer, or the administrator who activated it at once
 * @param comment    the reviewer's comment, or the administrator's reason
 */
public record SopChangeDecided(long changeId, String brandId, String proposedBy, SopChangeStatus status,
        String decidedBy, String comment, String summary) {
}
