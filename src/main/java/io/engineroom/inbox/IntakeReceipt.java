package io.engineroom.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What became of each delivered interaction, in delivery order. */
public record IntakeReceipt(List<Entry> entries) {

    /** @param duplicate true: it had arrived before, nothing new was created */
    @Schema(name = "IntakeReceiptEntry")
    public record Entry(@Schema(description = "As delivered") String externalId,
            @Schema(description = "Engine Room's id of the interaction, new or found") String interactionId,
            @Schema(description = "true: it had arrived before, nothing new was created") boolean duplicate) {
    }

    public long created() {
        return entries.stream().filter(entry -> !entry.duplicate()).count();
    }
}
