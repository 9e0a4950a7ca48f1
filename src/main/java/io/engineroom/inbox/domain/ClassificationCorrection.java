package io.engineroom.inbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's change of one classified field (sentiment or category): from what, to what, by whom, when. */
@Entity
@Table(name = "classification_correction")
public class ClassificationCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "interaction_id", nullable = false)
    private String interactionId;
    private String field;
    @Column(name = "from_value")
    private String fromValue;
    @Column(name = "to_value")
    private String toValue;
    @Column(name = "corrected_by")
    private String correctedBy;
    @Column(name = "corrected_at")
    private Instant correctedAt;

    protected ClassificationCorrection() {
    }

    public ClassificationCorrection(String interactionId, String field, String fromValue, String toValue,
            String correctedBy, Instant correctedAt) {
        this.interactionId = interactionId;
        this.field = field;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    public Long getId() {
        return id;
    }

    public String getInteractionId() {
        return interactionId;
    }

    public String getField() {
        return field;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}
