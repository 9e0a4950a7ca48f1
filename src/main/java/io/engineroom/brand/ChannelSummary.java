package io.engineroom.brand;

/**
 * A channel as other modules see it (its connector settings and secrets stay in the brand module).
 *
 * @param enabled false when the channel is switched off: not offered for new content, not published to, not
 *                polled, its deliveries refused
 */
public record ChannelSummary(long id, String brandId, Platform platform, String handle, Connector connector,
        boolean mainChannel, boolean enabled) {

    /** An enabled channel. */
    public ChannelSummary(long id, String brandId, Platform platform, String handle, Connector connector,
            boolean mainChannel) {
        this(id, brandId, platform, handle, connector, mainChannel, true);
    }

    public String label() {
        return platform.displayName() + " " + handle;
    }
}
