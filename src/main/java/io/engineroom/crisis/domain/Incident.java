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

    private String processInstanceId;
    private String scenario;
    private String assessedBy;
    private Instant assessedAt;
    private String resolvedBy;
    private String resolution;
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

    /** The crisis SOP now runs this incident. */
    public void managedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Severity and scenario as the crisis lead assessed them (with the matrix's help). */
    public void assess(int severity, String scenario, String by, Instant at) {
        refuseWhenResolved("assessed");
        this.severity = severity;
        this.scenario = scenario;
        this.assessedBy = by;
        this.assessedAt = at;
    }

    /** Over: the brand may have a new incident from now on. */
    public void resolve(String by, String resolution, Instant at) {
        refuseWhenResolved("resolved again");
        this.state = State.RESOLVED;
        this.openBrand = null;
        this.resolvedBy = by;
        this.resolution = resolution;
        this.resolvedAt = at;
    }

    /** A resolved incident is history: its assessment and resolution stay as they were. */
    private void refuseWhenResolved(String move) {
        if (state == State.RESOLVED) {
            throw new IllegalStateException("Incident " + id + " is resolved: it cannot be " + move);
        }
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

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getScenario() {
        return scenario;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }
}
