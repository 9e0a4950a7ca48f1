package io.engineroom.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One market's translated text of a content item; reviewed locally where the market-review decision asks. */
@Entity
@Table(name = "market_variant")
public class MarketVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private Long contentItemId;

    @Column(name = "market_code", nullable = false)
    private String marketCode;

    @Column(nullable = false)
    private String text;

    @Column(name = "translated_by", nullable = false)
    private String translatedBy;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "localized_at")
    private Instant localizedAt;

    @Column(nullable = false)
    private boolean published;

    protected MarketVariant() {
    }

    public MarketVariant(long contentItemId, String marketCode) {
        this.contentItemId = contentItemId;
        this.marketCode = marketCode;
    }

    /** A (new) translation: any earlier local review no longer holds for it. */
    public void translate(String text, String by, Instant at) {
        this.text = text;
        this.translatedBy = by;
        this.translatedAt = at;
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.localizedAt = null;
    }

    /** The market's localization SOP finished with this text: it may go out with the item. */
    public void localized(Instant at) {
        this.localizedAt = at;
    }

    public Instant getLocalizedAt() {
        return localizedAt;
    }

    public void reviewed(String by, Instant at) {
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void published() {
        this.published = true;
    }

    public Long getContentItemId() {
        return contentItemId;
    }

    public String getMarketCode() {
        return marketCode;
    }

    public String getText() {
        return text;
    }

    public String getTranslatedBy() {
        return translatedBy;
    }

    public Instant getTranslatedAt() {
        return translatedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public boolean isPublished() {
        return published;
    }
}
