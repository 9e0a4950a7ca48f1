package io.engineroom.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * Where a delivered interaction stands in the intake: what its sender can ask after the 202.
 *
 * @param sopStartedAt null until its SOP runs (and for interactions from before the intake queue, which started on
 *                     receipt)
 */
@Schema(name = "IntakeStatus", description = "Where a delivered interaction stands")
public record IntakeStatus(String interactionId, String externalId,
        @Schema(description = "When the delivery was acknowledged: the SLA counts from here") Instant receivedAt,
        Stage stage, Instant sopStartedAt) {

    public enum Stage {
        /** Acknowledged, waiting to be read. */
        QUEUED,
        /** Read (classified, stored, seen by spike detection); its SOP is about to start. */
        CLASSIFIED,
        /** Its SOP runs: it is in the inbox. */
        STARTED,
        /** Failed three times and set aside for an administrator. */
        SET_ASIDE,
        /** Set aside after failing to start its SOP, then discarded by an administrator: closed, no SOP runs. */
        DISCARDED
    }
}
