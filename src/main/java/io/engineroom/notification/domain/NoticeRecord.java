package io.engineroom.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored notice with its delivery times. Its state changes (shown, e-mailed, acknowledged, withdrawn) are
 * conditional updates in {@link NoticeRecordRepository}, so two requests at once cannot both be the first.
 */
@Entity
@Table(name = "notice")
public class NoticeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    private String link;
    private String topic;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "shown_at")
    private Instant shownAt;
    @Column(name = "emailed_at")
    private Instant emailedAt;
    @Column(name = "email_problem")
    private String emailProblem;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_reason")
    private String withdrawnReason;
    @Column(nullable = false)
    private String kind;
    @Column(name = "brand_id")
    private String brandId;
    @Column(nullable = false)
    private String delivery;
    @Column(name = "digested_at")
    private Instant digestedAt;

    protected NoticeRecord() {
    }

    public NoticeRecord(String recipient, String subject, String body, String link, String topic, Instant at,
            String kind, String brandId, String delivery) {
        this.kind = kind;
        this.brandId = brandId;
        this.delivery = delivery;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.topic = topic;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public String getTopic() {
        return topic;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getShownAt() {
        return shownAt;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }

    public String getEmailProblem() {
        return emailProblem;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    /** The notice kind's code ({@code NoticeKind.code()}). */
    public String getKind() {
        return kind;
    }

    public String getBrandId() {
        return brandId;
    }

    /** The delivery chosen when it was written ({@code NoticeDelivery.name()}). */
    public String getDelivery() {
        return delivery;
    }

    public Instant getDigestedAt() {
        return digestedAt;
    }
}
