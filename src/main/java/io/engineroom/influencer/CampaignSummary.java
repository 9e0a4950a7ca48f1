package io.engineroom.influencer;

import java.math.BigDecimal;

/** A campaign with a creator as the Creators screen lists it. */
public record CampaignSummary(long id, String brandId, long creatorId, String name, String state,
        String disclosureTag, String contractFileName, Long contentItemId, String postLink, BigDecimal paymentAmount) {
}
