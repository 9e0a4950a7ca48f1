package io.engineroom.brand.domain;

import io.engineroom.base.SealedSecret;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.brand.TokenState;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One account of a brand on one platform, and how posts reach it. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Platform platform;

    @Column(nullable = false)
    private String handle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Connector connector;

    @Column(name = "main_channel", nullable = false)
    private boolean mainChannel;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "access_token")
    @Convert(converter = SealedSecret.class)
    private String accessToken;

    @Column(name = "webhook_url")
    private String webhookUrl;

    @Column(name = "webhook_secret")
    @Convert(converter = SealedSecret.class)
    private String webhookSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "refresh_token")
    @Convert(converter = SealedSecret.class)
    private String refreshToken;

    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_state")
    private TokenState tokenState;

    @Column(name = "token_problem")
    private String tokenProblem;

    @Column(name = "token_refreshed_at")
    private Instant tokenRefreshedAt;

    protected Channel() {
    }

    public Channel(String brandId, Platform platform, String handle, Connector connector, boolean mainChannel,
            Instant createdAt) {
        this.brandId = brandId;
        this.platform = platform;
        this.handle = handle;
        this.connector = connector;
        this.mainChannel = mainChannel;
        this.createdAt = createdAt;
    }

    public void connectMastodon(String baseUrl, String accessToken) {
        this.baseUrl = baseUrl;
        this.accessToken = accessToken;
    }

    public void connectWebhook(String webhookUrl, String webhookSecret) {
        this.webhookUrl = webhookUrl;
        this.webhookSecret = webhookSecret;
    }

    /**
     * Signs the channel in to its platform account (connected, reconnected or refreshed): a refresh that returns no
     * new refresh token keeps the old one, and a token that was refused is taken again.
     */
    public void connectAccount(String baseUrl, String accountId, String accessToken, String refreshToken,
            Instant expiresAt, Instant now) {
        if (baseUrl != null) {
            this.baseUrl = baseUrl;
        }
        if (accountId != null) {
            this.accountId = accountId;
        }
        this.accessToken = accessToken;
        if (refreshToken != null) {
            this.refreshToken = refreshToken;
        }
        this.tokenExpiresAt = expiresAt;
        this.tokenState = TokenState.ACTIVE;
        this.tokenProblem = null;
        this.tokenRefreshedAt = now;
    }

    /** The platform refused the token or its refresh: nothing is posted or read until a person connects again. */
    public void tokenRefused(String problem) {
        this.tokenState = TokenState.REFUSED;
        this.tokenProblem = problem.length() <= 1000 ? problem : problem.substring(0, 999) + "…";
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public void setMainChannel(boolean mainChannel) {
        this.mainChannel = mainChannel;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getHandle() {
        return handle;
    }

    public Connector getConnector() {
        return connector;
    }

    public boolean isMainChannel() {
        return mainChannel;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public TokenState getTokenState() {
        return tokenState;
    }

    public String getTokenProblem() {
        return tokenProblem;
    }

    public Instant getTokenRefreshedAt() {
        return tokenRefreshedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
