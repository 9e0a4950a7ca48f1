package io.engineroom.crisis.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Something going wrong in public for one brand. {@code open_brand} carries the brand id while the incident is
 * open and is cleared on resolve: its unique constraint is what keeps one open incident per brand, even when two
 * alerts arrive at once.
 */
@Entity
@Table(name = "incident")
public class Incident {

    public enum Source { MANUAL, SPIKE }

    public enum State { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Enumerated(EnumType.STRING)
    private State state;
    private Integer severity;
    @Column(name = "open_brand")
    private String openBrand;
    @Column(name = "raised_by")
    private String raisedBy;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @ElementCollection
    @CollectionTable(name = "incident_interaction", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "interaction_id")
    private Set<String> interactionIds = new LinkedHashSet<>();

    protected Incident() {
    }

    public Incident(String brandId, String title, String description, Source source, String raisedBy, Instant at) {
        this.brandId = brandId;
        this.title = title;
        this.description = description;
        this.source = source;
        this.state = State.OPEN;
        this.openBrand = brandId;
        this.raisedBy = raisedBy;
        this.raisedAt = at;
    }

    /** Adds interactions; returns those that were not part of it yet. */
    public Set<String> attach(Set<String> ids) {
        Set<String> added = new LinkedHashSet<>(ids);
        added.removeAll(interactionIds);
        interactionIds.addAll(added);
        return added;
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Source getSource() {
        return source;
    }

    public State getState() {
        return state;
    }

    public Integer getSeverity() {
        return severity;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Set<String> getInteractionIds() {
        return Set.copyOf(interactionIds);
    }
}
