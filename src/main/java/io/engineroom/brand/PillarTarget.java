package io.engineroom.brand;

/** A content pillar and the share (percent) of the brand's posts it should get. */
public record PillarTarget(String name, int targetShare, boolean promotional) {
}
