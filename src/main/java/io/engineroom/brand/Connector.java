package io.engineroom.brand;

/** How a post reaches a channel. */
public enum Connector {
    /** Statuses through the Mastodon REST API of the channel's server. */
    MASTODON,
    /** A signed JSON request to the brand's own endpoint. */
    WEBHOOK,
    /** A person posts it and pastes the link. */
    MANUAL,
    /** Records through the AT Protocol on the account's PDS, signed in with handle and app password. */
    BLUESKY,
    /** Posts through the X API v2, connected with OAuth 2.0 (authorization code with PKCE). */
    X,
    /** Posts of an organisation page through LinkedIn's Community Management API, connected with OAuth 2.0. */
    LINKEDIN,
    /** Posts and photos of a Facebook Page through the Graph API, with the page's token from Facebook Login. */
    FACEBOOK,
    /** Media of an Instagram professional account through the Graph API (containers, then publish). */
    INSTAGRAM;

    /** Whether the channel signs in to its platform with a token Engine Room gets and refreshes itself. */
    public boolean platformAccount() {
        return this == BLUESKY || this == X || this == LINKEDIN || this == FACEBOOK || this == INSTAGRAM;
    }

    /** The platform a connector of this kind posts to; null for those that serve any platform. */
    public Platform platform() {
        return switch (this) {
            case MASTODON -> Platform.MASTODON;
            case BLUESKY -> Platform.BLUESKY;
            case X -> Platform.X;
            case LINKEDIN -> Platform.LINKEDIN;
            case FACEBOOK -> Platform.FACEBOOK;
            case INSTAGRAM -> Platform.INSTAGRAM;
            case WEBHOOK, MANUAL -> null;
        };
    }
}
