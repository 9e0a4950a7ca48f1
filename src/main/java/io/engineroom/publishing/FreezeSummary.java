package io.engineroom.publishing;

import java.time.Instant;

/** One freeze of a brand's publishing: who froze it, when and why, and who released it how (null while on). */
public record FreezeSummary(long id, String brandId, String reason, String frozenBy, Instant frozenAt,
        String releasedBy, Instant releasedAt, ReleaseChoice releaseChoice) {

    public boolean on() {
        return releasedAt == null;
    }
}
