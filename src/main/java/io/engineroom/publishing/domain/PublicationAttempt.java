package io.engineroom.publishing.domain;

import io.engineroom.publishing.PublishOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One call to a channel for one idempotency key; outcome null means started but never recorded. */
@Entity
@Table(name = "publication_attempt")
public class PublicationAttempt {

    /** What a person found out about an attempt whose outcome we could not know. */
    public enum Finding { POSTED, NOT_POSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private long contentItemId;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private PublishOutcome.Status outcome;

    @Column(name = "post_url")
    private String postUrl;

    @Column(name = "remote_id")
    private String remoteId;

    private String reason;

    @Column(name = "request_summary", nullable = false)
    private String requestSummary;

    @Enumerated(EnumType.STRING)
    private Finding resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution_note")
    private String resolutionNote;

    protected PublicationAttempt() {
    }

    public PublicationAttempt(long contentItemId, long channelId, String idempotencyKey, int attemptNo,
            Instant startedAt, String requestSummary) {
        this.contentItemId = contentItemId;
        this.channelId = channelId;
        this.idempotencyKey = idempotencyKey;
        this.attemptNo = attemptNo;
        this.startedAt = startedAt;
        this.requestSummary = requestSummary.length() > 4000 ? requestSummary.substring(0, 3999) + "…"
                : requestSummary;
    }

    public void finish(PublishOutcome result, Instant at) {
        this.finishedAt = at;
        this.outcome = result.status();
        if (result instanceof PublishOutcome.Published published) {
            this.postUrl = published.postUrl();
            this.remoteId = published.remoteId();
        } else if (result instanceof PublishOutcome.Failed failed) {
            this.reason = cut(failed.reason());
        } else if (result instanceof PublishOutcome.Unknown unknown) {
            this.reason = cut(unknown.reason());
        } else if (result instanceof PublishOutcome.NeedsPerson person) {
            this.reason = cut(person.instruction());
        }
    }

    /** The platform's id of the post, found by reading the channel after the call's answer was lost. */
    public void foundRemoteId(String remoteId) {
        this.remoteId = remoteId;
    }

    public void resolve(Finding found, String postUrl, String userId, Instant at) {
        resolve(found, postUrl, null, userId, at);
    }

    /** @param note why it is not out there, in the person's words; may be null */
    public void resolve(Finding found, String postUrl, String note, String userId, Instant at) {
        this.resolution = found;
        this.resolutionNote = cut(note);
        if (found == Finding.POSTED) {
            this.postUrl = postUrl;
        }
        this.resolvedBy = userId;
        this.resolvedAt = at;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    public Long getId() { return id; }
    public long getContentItemId() { return contentItemId; }
    public long getChannelId() { return channelId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public int getAttemptNo() { return attemptNo; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public PublishOutcome.Status getOutcome() { return outcome; }
    public String getPostUrl() { return postUrl; }
    public String getRemoteId() { return remoteId; }
    public String getReason() { return reason; }
    public String getRequestSummary() { return requestSummary; }
    public Finding getResolution() { return resolution; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolutionNote() { return resolutionNote; }
}
