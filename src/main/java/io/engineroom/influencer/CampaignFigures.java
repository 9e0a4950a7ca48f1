package io.engineroom.influencer;

import java.math.BigDecimal;
import java.time.Instant;

/** A reviewed campaign's figures, as the performance review recorded them: what reports read. */
public record CampaignFigures(long campaignId, String campaign, String creator, BigDecimal paid, long reach,
        long impressions, long engagements, long clicks, String postLink, Instant reviewedAt) {
}
