package io.engineroom.publishing.domain;

import io.engineroom.brand.Connector;
import io.engineroom.base.SealedSecret;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person sent to a platform to allow Engine Room to act for an account, until the platform sends them back: kept
 * on the server (never in the browser) so the callback can check its random state, who started it and when, and
 * has the PKCE code verifier to send with the code. Used once; afterwards it keeps what came of it for the screen.
 */
@Entity
@Table(name = "oauth_authorization")
public class OAuthAuthorization {

    @Id
    private String state;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Connector connector;

    @Column(name = "code_verifier")
    @Convert(converter = SealedSecret.class)
    private String codeVerifier;

    @Column(name = "redirect_uri", nullable = false)
    private String redirectUri;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "main_channel", nullable = false)
    private boolean mainChannel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "channel_id")
    private Long channelId;

    private String outcome;

    @Column(name = "account")
    private String account;

    protected OAuthAuthorization() {
    }

    public OAuthAuthorization(String state, String brandId, Connector connector, String codeVerifier,
            String redirectUri, String userId, boolean mainChannel, Instant createdAt) {
        this.state = state;
        this.brandId = brandId;
        this.connector = connector;
        this.codeVerifier = codeVerifier;
        this.redirectUri = redirectUri;
        this.userId = userId;
        this.mainChannel = mainChannel;
        this.createdAt = createdAt;
    }

    /** The page the person chose among several the account manages; null for the only one. */
    public void chooseAccount(String account) {
        this.account = account == null || account.isBlank() ? null : account.strip();
    }

    public String getAccount() {
        return account;
    }

    /** Spends the state: the verifier is not needed any more, and a second callback with it is refused. */
    public void use(Instant at) {
        this.usedAt = at;
        this.codeVerifier = null;
    }

    /** What came of it: the channel connected (null when not), and the sentence the person is shown. */
    public void finish(Long connectedChannelId, String message) {
        this.channelId = connectedChannelId;
        this.outcome = message.length() <= 1000 ? message : message.substring(0, 999) + "…";
    }

    public String getState() {
        return state;
    }

    public String getBrandId() {
        return brandId;
    }

    public Connector getConnector() {
        return connector;
    }

    public String getCodeVerifier() {
        return codeVerifier;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public String getUserId() {
        return userId;
    }

    public boolean isMainChannel() {
        return mainChannel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Long getChannelId() {
        return channelId;
    }

    public String getOutcome() {
        return outcome;
    }
}
