package io.engineroom.publishing;

import java.time.Instant;

/**
 * One recorded call to a channel.
 *
 * @param outcome null when the call started but its outcome was never recorded (the node died mid-call)
 * @param resolution null, {@code POSTED} or {@code NOT_POSTED}: what a person found out afterwards
 * @param resolutionNote why it is not out there, in that person's words (may be null)
 */
public record PublicationAttemptSummary(long id, long contentItemId, long channelId, String idempotencyKey,
        int attemptNo, Instant startedAt, Instant finishedAt, PublishOutcome.Status outcome, String postUrl,
        String remoteId, String reason, String requestSummary, String resolution, String resolvedBy,
        Instant resolvedAt, String resolutionNote) {

    public boolean outcomeRecorded() {
        return outcome != null;
    }
}
