package io.engineroom.notification;

import java.time.Instant;

/**
 * A notice and its delivery: when it was created, first shown in-app, e-mailed (or why not), acknowledged, or
 * withdrawn because it moved on to someone else. Times not reached yet are null. Its delivery is the one its
 * recipient's preference chose when it was written.
 */
public record NoticeSummary(long id, String recipient, String subject, String body, String link, String topic,
        Instant createdAt, Instant shownAt, Instant emailedAt, String emailProblem, Instant acknowledgedAt,
        Instant withdrawnAt, String withdrawnReason, NoticeKind kind, String brandId, NoticeDelivery delivery) {

    /** Still waiting for its recipient: neither acknowledged nor withdrawn. */
    public boolean open() {
        return acknowledgedAt == null && withdrawnAt == null;
    }
}
