package io.engineroom.influencer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One creator in a brand's directory: where they post, how many follow them, how they engage, what they cost. */
@Entity
@Table(name = "creator")
public class Creator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String handles;

    @Column(nullable = false)
    private String platforms;

    @Column(name = "audience_size", nullable = false)
    private Long audienceSize;

    @Column(name = "engagement_rate", nullable = false)
    private BigDecimal engagementRate;

    private String rates;

    @Column(name = "past_campaigns")
    private String pastCampaigns;

    private String notes;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Creator() {
    }

    public Creator(String brandId, String createdBy, Instant createdAt) {
        this.brandId = brandId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Replaces what the directory says about the creator. */
    public void describe(String name, String handles, String platforms, long audienceSize, BigDecimal engagementRate,
            String rates, String pastCampaigns, String notes) {
        this.name = name;
        this.handles = handles;
        this.platforms = platforms;
        this.audienceSize = audienceSize;
        this.engagementRate = engagementRate;
        this.rates = rates;
        this.pastCampaigns = pastCampaigns;
        this.notes = notes;
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getName() {
        return name;
    }

    public String getHandles() {
        return handles;
    }

    public String getPlatforms() {
        return platforms;
    }

    public long getAudienceSize() {
        return audienceSize;
    }

    public BigDecimal getEngagementRate() {
        return engagementRate;
    }

    public String getRates() {
        return rates;
    }

    public String getPastCampaigns() {
        return pastCampaigns;
    }

    public String getNotes() {
        return notes;
    }
}
