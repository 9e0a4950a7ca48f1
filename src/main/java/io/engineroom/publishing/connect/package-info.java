/**
 * Connecting channels to their platform accounts: the OAuth 2.0 authorization code flow (start, callback), the
 * Bluesky sign-in, "Test connection", and keeping tokens fresh on a schedule. Internal to the publishing module;
 * the Channels screen reaches it through {@link io.engineroom.brand.ChannelAccounts}.
 */
package io.engineroom.publishing.connect;
