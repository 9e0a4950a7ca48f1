package io.engineroom.brand;

/** A channel as other modules see it (its connector settings and secrets stay in the brand module). */
public record ChannelSummary(long id, String brandId, Platform platform, String handle, Connector connector,
        boolean mainChannel) {

    public String label() {
        return platform.displayName() + " " + handle;
    }
}
