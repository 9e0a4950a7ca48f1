package io.engineroom.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The planned mix of a brand's content over a period (dates in the brand's time zone, {@code to} exclusive):
 * each pillar's share of the items with a pillar, against its target.
 */
public record PillarBalance(String brandId, LocalDate from, LocalDate to, List<PillarShare> pillars, int planned,
        int withoutPillar) {

    /** The warning a planner must see: promotion is taking more than its share. */
    public boolean promotionAboveTarget() {
        return pillars.stream().anyMatch(pillar -> pillar.promotional() && pillar.aboveTarget());
    }
}
