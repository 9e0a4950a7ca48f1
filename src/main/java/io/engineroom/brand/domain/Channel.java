package io.engineroom.brand.domain;

import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import jakarta.persistence.Column;
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
    private String accessToken;

    @Column(name = "webhook_url")
    private String webhookUrl;

    @Column(name = "webhook_secret")
    private String webhookSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean enabled = true;

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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
