package io.engineroom.crisis.domain;

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
 * The holding statement on one channel: recorded before the channel is called, finished with what it said. A row
 * without {@code finishedAt} is a call that may have gone out.
 */
@Entity
@Table(name = "crisis_statement_channel")
public class CrisisStatementChannel {

    /** As {@code publishing.PublishOutcome.Status}, plus what a person must do about it. */
    public enum Outcome { PUBLISHED, FAILED, UNKNOWN, NEEDS_PERSON }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "statement_id", nullable = false)
    private long statementId;
    @Column(name = "channel_id", nullable = false)
    private long channelId;
    @Column(name = "channel_label", nullable = false)
    private String channelLabel;
    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;
    private int attempts;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "remote_id")
    private String remoteId;
    @Column(name = "post_url")
    private String postUrl;
    private String error;

    protected CrisisStatementChannel() {
    }

    public CrisisStatementChannel(long statementId, long channelId, String channelLabel, String idempotencyKey,
            Instant startedAt) {
        this.statementId = statementId;
        this.channelId = channelId;
        this.channelLabel = channelLabel;
        this.idempotencyKey = idempotencyKey;
        this.attempts = 1;
        this.startedAt = startedAt;
    }

    /** Another try after one that certainly did not post (failed). */
    public void retry(Instant at) {
        attempts++;
        startedAt = at;
        finishedAt = null;
        outcome = null;
        remoteId = null;
        postUrl = null;
        error = null;
    }

    public void finish(Outcome outcome, String remoteId, String postUrl, String error, Instant at) {
        this.outcome = outcome;
        this.remoteId = truncate(remoteId, 200);
        this.postUrl = truncate(postUrl, 1000);
        this.error = truncate(error, 2000);
        this.finishedAt = at;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getStatementId() {
        return statementId;
    }

    public long getChannelId() {
        return channelId;
    }

    public String getChannelLabel() {
        return channelLabel;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getRemoteId() {
        return remoteId;
    }

    public String getPostUrl() {
        return postUrl;
    }

    public String getError() {
        return error;
    }
}
