package io.engineroom.notification;

/**
 * A notice to send to one person.
 *
 * @param recipientUserId who is told (a user id)
 * @param subject         one line (at most 200 characters), also the e-mail's subject
 * @param body            what happened and what to do (at most 4000 characters)
 * @param link            where to act in Engine Room, an app path such as {@code /incidents/12}; may be null
 * @param topic           what it is about, such as {@code incident:12}; may be null
 * @param kind            what kind of notice it is, which the recipient's preference decides the delivery of
 * @param brandId         the brand it concerns (its business hours hold back e-mail); null when no brand's
 */
public record Notice(String recipientUserId, String subject, String body, String link, String topic, NoticeKind kind,
        String brandId) {

    public Notice {
        kind = kind == null ? NoticeKind.GENERAL : kind;
    }

    /** A notice of no particular kind, about no brand: delivered at once. */
    public Notice(String recipientUserId, String subject, String body, String link, String topic) {
        this(recipientUserId, subject, body, link, topic, NoticeKind.GENERAL, null);
    }
}
