package io.engineroom.assist.domain;

import io.engineroom.assist.SuggestionKind;
import io.engineroom.assist.SuggestionOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One AI suggestion asked for on a task: written once when the endpoint answered (or did not), completed once with
 * what the person submitted when the task was completed; nothing else changes it.
 */
@Entity
@Table(name = "ai_suggestion")
public class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SuggestionKind kind;
    @Column(name = "task_id", nullable = false)
    private String taskId;
    @Column(name = "task_key", nullable = false)
    private String taskKey;
    @Column(name = "business_key")
    private String businessKey;
    @Column(nullable = false)
    private String model;
    @Column(nullable = false)
    private String prompt;
    private String output;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SuggestionOutcome outcome;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "submitted_text")
    private String submittedText;
    @Column(name = "edit_distance")
    private Integer editDistance;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected Suggestion() {
    }

    public Suggestion(String brandId, SuggestionKind kind, String taskId, String businessKey, String model,
            String prompt, String output, SuggestionOutcome outcome, String requestedBy, Instant requestedAt) {
        this.brandId = brandId;
        this.kind = kind;
        this.taskId = taskId;
        this.taskKey = kind.taskKey();
        this.businessKey = businessKey;
        this.model = model;
        this.prompt = prompt;
        this.output = output;
        this.outcome = outcome;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** What the person submitted when they completed the task; refused twice, the record is written once. */
    public void completed(String submitted, Integer distance, String by, Instant at) {
        if (completedAt != null) {
            throw new IllegalStateException("Suggestion " + id + " was completed already");
        }
        this.submittedText = submitted;
        this.editDistance = distance;
        this.completedBy = by;
        this.completedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public SuggestionKind getKind() {
        return kind;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getModel() {
        return model;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getOutput() {
        return output;
    }

    public SuggestionOutcome getOutcome() {
        return outcome;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getSubmittedText() {
        return submittedText;
    }

    public Integer getEditDistance() {
        return editDistance;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
