package io.engineroom.brand;

/** A defined content pillar of a brand. */
public record PillarSummary(long id, String brandId, String name, int targetShare, boolean promotional) {
}
