package io.engineroom.influencer;

import java.math.BigDecimal;

/** A creator as the directory lists them. */
public record CreatorSummary(long id, String brandId, String name, String handles, String platforms,
        long audienceSize, BigDecimal engagementRate, String rates, String pastCampaigns, String notes) {
}
