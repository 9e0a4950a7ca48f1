package io.engineroom.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A content item's text for one channel, fitted to that channel's platform. */
@Entity
@Table(name = "channel_variant")
public class ChannelVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private Long contentItemId;

    @Column(name = "channel_id", nullable = false)
    private Long channelId;

    @Column(nullable = false)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelVariant() {
    }

    public ChannelVariant(long contentItemId, long channelId, String text, Instant writtenAt) {
        this.contentItemId = contentItemId;
        this.channelId = channelId;
        rewrite(text, writtenAt);
    }

    public void rewrite(String text, Instant writtenAt) {
        this.text = text;
        this.updatedAt = writtenAt;
    }

    public Long getContentItemId() {
        return contentItemId;
    }

    public Long getChannelId() {
        return channelId;
    }

    public String getText() {
        return text;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
