package io.engineroom.inbox.domain;

import io.engineroom.inbox.ReplyOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reply to an interaction: recorded before the channel is called, finished with what the channel said. */
@Entity
@Table(name = "interaction_reply")
public class InteractionReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "interaction_id", nullable = false)
    private String interactionId;
    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;
    private String text;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    private ReplyOutcome outcome;
    @Column(name = "remote_id")
    private String remoteId;
    @Column(name = "post_url")
    private String postUrl;
    private String reason;

    protected InteractionReply() {
    }

    public InteractionReply(String interactionId, String idempotencyKey, String text, String sentBy,
            Instant startedAt) {
        this.interactionId = interactionId;
        this.idempotencyKey = idempotencyKey;
        this.text = text;
        this.sentBy = sentBy;
        this.startedAt = startedAt;
    }

    public void finish(ReplyOutcome outcome, String remoteId, String postUrl, String reason, Instant at) {
        this.outcome = outcome;
        this.remoteId = remoteId;
        this.postUrl = truncate(postUrl, 1000);
        this.reason = truncate(reason, 2000);
        this.finishedAt = at;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getInteractionId() {
        return interactionId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getText() {
        return text;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public ReplyOutcome getOutcome() {
        return outcome;
    }

    public String getRemoteId() {
        return remoteId;
    }

    public String getPostUrl() {
        return postUrl;
    }

    public String getReason() {
        return reason;
    }
}
