package io.engineroom.notification;

import java.time.Instant;

/** TEMPORARY skeleton until the notifications branch is merged (replaced by its version). */
public record NoticeAcknowledged(long noticeId, String userId, String topic, Instant at) {
}
