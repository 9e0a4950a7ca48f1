package io.engineroom.notification.outbox;

import java.time.Instant;

/**
 * A delivery to put into the outbox, in the transaction of its cause. Build it with {@link #mail}, {@link #chat}
 * or {@link #webhook}, then add what else it needs.
 *
 * @param dueAt when the first attempt may be made (later than now to wait for business hours)
 */
public record NewDelivery(DeliveryChannel channel, Long targetId, Long noticeId, String brandId, String eventType,
        String eventId, String recipient, String subject, String payload, String attachmentName,
        String attachmentType, byte[] attachment, Instant dueAt) {

    /** An e-mail of a stored notice to its recipient. */
    public static NewDelivery mail(long noticeId, String recipient, String brandId, Instant dueAt) {
        return new NewDelivery(DeliveryChannel.MAIL, null, noticeId, brandId, null, null, recipient, null, null, null,
                null, null, dueAt);
    }

    /** An e-mail that is no single notice (a daily digest): its subject and text are given. */
    public static NewDelivery mailText(String recipient, String subject, String text, Instant dueAt) {
        return new NewDelivery(DeliveryChannel.MAIL, null, null, null, null, null, recipient, subject, text, null,
                null, null, dueAt);
    }

    /** A chat message (its platform's JSON) to a brand's chat target. */
    public static NewDelivery chat(long targetId, String brandId, String eventType, String eventId, String json,
            Instant dueAt) {
        return new NewDelivery(DeliveryChannel.CHAT, targetId, null, brandId, eventType, eventId, null, null, json,
                null, null, null, dueAt);
    }

    /** A webhook call (the event's JSON, signed when sent) to a brand's subscription. */
    public static NewDelivery webhook(long subscriptionId, String brandId, String eventType, String eventId,
            String json, Instant dueAt) {
        return new NewDelivery(DeliveryChannel.WEBHOOK, subscriptionId, null, brandId, eventType, eventId, null, null,
                json, null, null, null, dueAt);
    }

    /** The same delivery with a file attached (e-mail only). */
    public NewDelivery withAttachment(String name, String contentType, byte[] content) {
        return new NewDelivery(channel, targetId, noticeId, brandId, eventType, eventId, recipient, subject, payload,
                name, contentType, content, dueAt);
    }
}
