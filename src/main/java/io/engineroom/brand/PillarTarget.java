package io.engineroom.brand;

/**
 * A content pillar and the share (percent) of the brand's posts it should get. {@code id} names an existing pillar
 * being renamed (it keeps its content items); null for a new pillar or one matched by name.
 */
public record PillarTarget(Long id, String name, int targetShare, boolean promotional) {

    public PillarTarget(String name, int targetShare, boolean promotional) {
        this(null, name, targetShare, promotional);
    }
}
