package io.engineroom.brand;

import java.time.Instant;

/**
 * The credentials a channel delivers interactions to Engine Room with, as the Channels screen manages them. The
 * intake (inbox module) owns them and implements this, so the brand module does not depend on the inbox. Every
 * method checks that the person may manage the channel's brand; a new value is returned once and never again.
 */
public interface ChannelCredentials {

    /** What the channel has, and when a credential of it last authenticated a delivery (never the values). */
    CredentialStatus credentialStatus(long channelId);

    /** A new API token, replacing the previous one. */
    String issueToken(long channelId);

    /** A new HMAC signing secret, replacing the previous one. */
    String issueSigningSecret(long channelId);

    /** Token and signing secret both withdrawn: the channel cannot deliver until it gets a new one. */
    void revoke(long channelId);

    record CredentialStatus(boolean token, boolean signingSecret, Instant lastUsedAt) {

        public boolean any() {
            return token || signingSecret;
        }
    }
}
