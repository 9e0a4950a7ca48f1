package io.engineroom.community;

import java.time.Instant;

/** One surprise for a super-fan: open until sent; then what was sent, by whom (who completed the task) and when. */
public record SurpriseRecord(long id, String brandId, String authorHandle, long positiveCount, boolean open,
        String startedBy, Instant startedAt, String whatSent, String note, String sentBy, Instant sentAt) {
}
