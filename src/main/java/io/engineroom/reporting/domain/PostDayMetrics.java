package io.engineroom.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One post's figures on one channel, as one source reported them on one day of the brand; null = not offered. */
@Entity
@Table(name = "post_day_metrics")
public class PostDayMetrics {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private long contentItemId;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Column(name = "metric_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private String source;

    private Long impressions;
    private Long reach;
    private Long engagements;
    private Long likes;
    private Long saves;
    private Long shares;
    private Long comments;
    private Long clicks;

    @Column(name = "collected_at", nullable = false)
    private Instant collectedAt;

    protected PostDayMetrics() {
    }

    public PostDayMetrics(long contentItemId, long channelId, String brandId, LocalDate day, String source) {
        this.contentItemId = contentItemId;
        this.channelId = channelId;
        this.brandId = brandId;
        this.day = day;
        this.source = source;
    }

    /** The figures as read now; all of them, so a figure the source stopped offering does not linger. */
    public void record(Long impressions, Long reach, Long engagements, Long likes, Long saves, Long shares,
            Long comments, Long clicks, Instant collectedAt) {
        this.impressions = impressions;
        this.reach = reach;
        this.engagements = engagements;
        this.likes = likes;
        this.saves = saves;
        this.shares = shares;
        this.comments = comments;
        this.clicks = clicks;
        this.collectedAt = collectedAt;
    }

    public Long getId() { return id; }
    public long getContentItemId() { return contentItemId; }
    public long getChannelId() { return channelId; }
    public String getBrandId() { return brandId; }
    public LocalDate getDay() { return day; }
    public String getSource() { return source; }
    public Long getImpressions() { return impressions; }
    public Long getReach() { return reach; }
    public Long getEngagements() { return engagements; }
    public Long getLikes() { return likes; }
    public Long getSaves() { return saves; }
    public Long getShares() { return shares; }
    public Long getComments() { return comments; }
    public Long getClicks() { return clicks; }
    public Instant getCollectedAt() { return collectedAt; }
}
