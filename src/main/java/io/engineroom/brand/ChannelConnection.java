package io.engineroom.brand;

import java.time.Instant;

/**
 * What a connector needs to reach a channel: its address and credentials. Only the publishing module should ask
 * for this; everything else uses {@link ChannelSummary}, which carries no secrets.
 *
 * @param baseUrl the API's address: the Mastodon server, the Bluesky PDS, or the platform API's base (which tests
 *                and the demo point at stand-ins)
 * @param accountId the platform's id of the account posted as (a DID, an X user id, an organisation URN, a page or
 *                  Instagram user id); null for channels without a platform account
 * @param tokenExpiresAt when the access token stops working; null when it does not expire or is not known
 */
public record ChannelConnection(long channelId, String brandId, Platform platform, String handle,
        Connector connector, String baseUrl, String accessToken, String webhookUrl, String webhookSecret,
        boolean enabled, String accountId, String refreshToken, Instant tokenExpiresAt) {

    /** A channel without a platform account of its own (Mastodon, webhook, by hand). */
    public ChannelConnection(long channelId, String brandId, Platform platform, String handle, Connector connector,
            String baseUrl, String accessToken, String webhookUrl, String webhookSecret, boolean enabled) {
        this(channelId, brandId, platform, handle, connector, baseUrl, accessToken, webhookUrl, webhookSecret,
                enabled, null, null, null);
    }

    /** An enabled channel's connection. */
    public ChannelConnection(long channelId, String brandId, Platform platform, String handle, Connector connector,
            String baseUrl, String accessToken, String webhookUrl, String webhookSecret) {
        this(channelId, brandId, platform, handle, connector, baseUrl, accessToken, webhookUrl, webhookSecret, true);
    }

    /** The same channel with new tokens (after a refresh), for the call that needed them. */
    public ChannelConnection withTokens(AccountTokens tokens) {
        return new ChannelConnection(channelId, brandId, platform, handle, connector,
                tokens.baseUrl() != null ? tokens.baseUrl() : baseUrl, tokens.accessToken(), webhookUrl,
                webhookSecret, enabled, tokens.accountId() != null ? tokens.accountId() : accountId,
                tokens.refreshToken() != null ? tokens.refreshToken() : refreshToken, tokens.expiresAt());
    }

    /** Secrets left out, so a connection that ends up in a log or an exception message does not leak them. */
    @Override
    public String toString() {
        return "ChannelConnection[" + channelId + " " + brandId + " " + platform + " " + handle + " via " + connector
                + (baseUrl != null ? " " + baseUrl : "") + (webhookUrl != null ? " " + webhookUrl : "")
                + (accountId != null ? " account " + accountId : "") + (enabled ? "" : " disabled") + "]";
    }
}
