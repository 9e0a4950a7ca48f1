package io.engineroom.notification;

import org.springframework.stereotype.Service;

/** TEMPORARY skeleton until the notifications branch is merged (replaced by its version). */
@Service
public class Notifications {

    public long send(Notice notice) {
        throw new UnsupportedOperationException("notifications not merged yet");
    }

    public void acknowledgeFor(long noticeId, String userId) {
        throw new UnsupportedOperationException("notifications not merged yet");
    }

    public void withdraw(long noticeId, String reason) {
        throw new UnsupportedOperationException("notifications not merged yet");
    }
}
