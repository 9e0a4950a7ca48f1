package io.engineroom.notification;

/**
 * A notice to send to one person.
 *
 * @param recipientUserId who is told (a user id)
 * @param subject         one line (at most 200 characters), also the e-mail's subject
 * @param body            what happened and what to do (at most 4000 characters)
 * @param link            where to act in Engine Room, an app path such as {@code /incidents/12}; may be null
 * @param topic           what it is about, such as {@code incident:12}; may be null
 */
public record Notice(String recipientUserId, String subject, String body, String link, String topic) {
}
