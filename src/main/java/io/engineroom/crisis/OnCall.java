package io.engineroom.crisis;

import java.time.Instant;

/** Who answers a brand's crises out of business hours. */
public record OnCall(String brandId, String userId, String setBy, Instant setAt) {
}
