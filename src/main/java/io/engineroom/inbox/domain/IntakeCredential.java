package io.engineroom.inbox.domain;

import io.engineroom.base.SealedSecret;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How one channel proves itself when it delivers interactions: the SHA-256 of its API token (never the token) and/or
 * its HMAC signing secret (sealed at rest). Either may be absent; a channel with neither cannot deliver.
 */
@Entity
@Table(name = "intake_credential")
public class IntakeCredential {

    @Id
    @Column(name = "channel_id")
    private long channelId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "signing_secret")
    @Convert(converter = SealedSecret.class)
    private String signingSecret;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected IntakeCredential() {
    }

    public IntakeCredential(long channelId, Instant now) {
        this.channelId = channelId;
        this.updatedAt = now;
    }

    public void useTokenHash(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.updatedAt = now;
    }

    public void useSigningSecret(String signingSecret, Instant now) {
        this.signingSecret = signingSecret;
        this.updatedAt = now;
    }

    public long getChannelId() {
        return channelId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    /** When a credential of this channel last authenticated a delivery (recorded at most once a minute). */
    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
