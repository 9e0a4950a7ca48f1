package io.engineroom.workflow;

import java.time.Instant;

/**
 * What approving an SOP change did to the work already under way on the version it replaced, when its reviewer
 * chose to move running instances: for one process model, how many moved to the new version and how many did not,
 * with the reasons, in {@code outcome}.
 *
 * @param requestedBy the reviewer who approved the change and asked for the move; the move ran with their rights
 */
public record SopChangeMigration(long changeId, String modelKey, String sourceDefinitionId,
        String targetDefinitionId, String requestedBy, Instant finishedAt, int moved, int notMoved, String outcome) {
}
