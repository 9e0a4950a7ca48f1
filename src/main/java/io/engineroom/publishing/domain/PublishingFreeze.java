package io.engineroom.publishing.domain;

import io.engineroom.publishing.ReleaseChoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One publishing freeze of a brand, from freeze to release. */
@Entity
@Table(name = "publishing_freeze")
public class PublishingFreeze {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    /** The brand id while on, null after release: a unique column, so a brand has at most one freeze on. */
    @Column(name = "frozen_brand_id")
    private String frozenBrandId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "frozen_by", nullable = false)
    private String frozenBy;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_choice")
    private ReleaseChoice releaseChoice;

    protected PublishingFreeze() {
    }

    public PublishingFreeze(String brandId, String reason, String frozenBy, Instant frozenAt) {
        this.brandId = brandId;
        this.frozenBrandId = brandId;
        this.reason = reason;
        this.frozenBy = frozenBy;
        this.frozenAt = frozenAt;
    }

    public void release(String userId, ReleaseChoice choice, Instant at) {
        this.frozenBrandId = null;
        this.releasedBy = userId;
        this.releaseChoice = choice;
        this.releasedAt = at;
    }

    public Long getId() { return id; }
    public String getBrandId() { return brandId; }
    public String getReason() { return reason; }
    public String getFrozenBy() { return frozenBy; }
    public Instant getFrozenAt() { return frozenAt; }
    public String getReleasedBy() { return releasedBy; }
    public Instant getReleasedAt() { return releasedAt; }
    public ReleaseChoice getReleaseChoice() { return releaseChoice; }
}
