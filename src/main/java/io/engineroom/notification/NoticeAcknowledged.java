package io.engineroom.notification;

import java.time.Instant;

/**
 * Published once per notice, in the transaction that acknowledged it: a process waiting for the acknowledgement
 * (the crisis SOP's notification chain) moves on in the same commit.
 */
public record NoticeAcknowledged(long noticeId, String userId, String topic, Instant at) {
}
