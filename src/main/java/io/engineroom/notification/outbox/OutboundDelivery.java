package io.engineroom.notification.outbox;

import java.time.Instant;

/**
 * One stored delivery of the outbox, as the worker hands it to its channel and as the delivery logs show it.
 *
 * @param targetId  the chat target or webhook subscription; null for e-mail
 * @param noticeId  the notice an e-mail carries; null for a digest, a chat message or a webhook call
 * @param eventType the event's wire name ({@code sla.breached}) for chat and webhooks
 * @param eventId   the event's id, the same on every attempt and re-send, so a receiver can drop duplicates
 * @param recipient the person an e-mail goes to (a user id)
 * @param payload   what is sent: the body of a digest e-mail, the chat message's or webhook call's JSON
 */
public record OutboundDelivery(long id, DeliveryChannel channel, Long targetId, Long noticeId, String brandId,
        String eventType, String eventId, String recipient, String subject, String payload, String attachmentName,
        String attachmentType, byte[] attachment, DeliveryStatus status, int attempts, int maxAttempts,
        Instant createdAt, Instant nextAttemptAt, Instant sentAt, Instant deadAt, Integer lastStatus,
        String lastResponse, String lastError) {
}
