package io.engineroom.workflow;

/**
 * One SOP key as listed: its latest version's name and definition, how many versions are deployed, the shared
 * version brands without their own run (null when there is none), and how many versions wait for review.
 */
public record SopSummary(String key, String name, SopKind kind, int latestVersion, String latestDefinitionId,
        int versions, Integer liveVersion, String liveDefinitionId, int waitingForReview) {
}
