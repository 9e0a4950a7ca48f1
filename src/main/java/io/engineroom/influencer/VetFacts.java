package io.engineroom.influencer;

/** What creator-vetting.dmn weighs, from the campaign's record and the creator's entry in the directory. */
public record VetFacts(String audienceFit, int brandSafetyFlags, double engagementRate) {
}
