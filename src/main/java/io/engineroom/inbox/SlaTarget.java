package io.engineroom.inbox;

import java.time.Duration;

/**
 * A brand's own first-response target for one category of interaction, and whether its SLA clock counts business
 * hours only. Where a brand has none for a category, interaction-routing.dmn's shipped table decides.
 */
public record SlaTarget(Category category, Duration firstResponse, boolean businessHoursOnly) {
}
