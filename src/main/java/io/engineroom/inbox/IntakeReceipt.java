package io.engineroom.inbox;

import java.util.List;

/** What became of each delivered interaction, in delivery order. */
public record IntakeReceipt(List<Entry> entries) {

    /** @param duplicate true: it had arrived before, nothing new was created */
    public record Entry(String externalId, String interactionId, boolean duplicate) {
    }

    public long created() {
        return entries.stream().filter(entry -> !entry.duplicate()).count();
    }
}
