package io.engineroom.content;

/** How much of the planned content one pillar has, against its target (both in percent). */
public record PillarShare(String pillar, int items, double share, int targetShare, boolean promotional) {

    public boolean aboveTarget() {
        return share > targetShare;
    }
}
