package io.engineroom.brand;

/** How a post reaches a channel. */
public enum Connector {
    /** Statuses through the Mastodon REST API of the channel's server. */
    MASTODON,
    /** A signed JSON request to the brand's own endpoint. */
    WEBHOOK,
    /** A person posts it and pastes the link. */
    MANUAL
}
