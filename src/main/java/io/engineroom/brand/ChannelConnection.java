package io.engineroom.brand;

/**
 * What a connector needs to reach a channel: its address and credentials. Only the publishing module should ask
 * for this; everything else uses {@link ChannelSummary}, which carries no secrets.
 */
public record ChannelConnection(long channelId, String brandId, Platform platform, String handle,
        Connector connector, String baseUrl, String accessToken, String webhookUrl, String webhookSecret,
        boolean enabled) {

    /** An enabled channel's connection. */
    public ChannelConnection(long channelId, String brandId, Platform platform, String handle, Connector connector,
            String baseUrl, String accessToken, String webhookUrl, String webhookSecret) {
        this(channelId, brandId, platform, handle, connector, baseUrl, accessToken, webhookUrl, webhookSecret, true);
    }

    /** Secrets left out, so a connection that ends up in a log or an exception message does not leak them. */
    @Override
    public String toString() {
        return "ChannelConnection[" + channelId + " " + brandId + " " + platform + " " + handle + " via " + connector
                + (baseUrl != null ? " " + baseUrl : "") + (webhookUrl != null ? " " + webhookUrl : "")
                + (enabled ? "" : " disabled") + "]";
    }
}
