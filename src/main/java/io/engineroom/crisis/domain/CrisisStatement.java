package io.engineroom.crisis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The holding statement published for one incident, with who drafted and who approved it. Created when publishing
 * starts; {@code publishedAt} is set once every channel has had its turn.
 */
@Entity
@Table(name = "crisis_statement")
public class CrisisStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id", nullable = false)
    private long incidentId;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    private String text;
    @Column(name = "drafted_by")
    private String draftedBy;
    @Column(name = "legal_approver", nullable = false)
    private String legalApprover;
    @Column(name = "executive_approver", nullable = false)
    private String executiveApprover;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected CrisisStatement() {
    }

    public CrisisStatement(long incidentId, String brandId, String text, String draftedBy, String legalApprover,
            String executiveApprover, Instant startedAt) {
        this.incidentId = incidentId;
        this.brandId = brandId;
        this.text = text;
        this.draftedBy = draftedBy;
        this.legalApprover = legalApprover;
        this.executiveApprover = executiveApprover;
        this.startedAt = startedAt;
    }

    public void published(Instant at) {
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getText() {
        return text;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getLegalApprover() {
        return legalApprover;
    }

    public String getExecutiveApprover() {
        return executiveApprover;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
