package io.engineroom.notification;

/** TEMPORARY skeleton until the notifications branch is merged (replaced by its version). */
public record Notice(String recipientUserId, String subject, String body, String link, String topic) {
}
