package io.engineroom.brand;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How a brand's content is approved and scheduled: regulated brands need legal review, client brands the
 * client's sign-off; posts are planned in the brand's time zone, and approval must be done the lead time
 * before publishing.
 */
public record BrandSettings(String id, String name, boolean regulated, boolean clientSignOffRequired,
        ZoneId timeZone, Duration approvalLeadTime) {
}
