package io.engineroom.inbox.listening;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Where a channel's polling of one platform stream stopped. */
@Entity
@Table(name = "listening_cursor")
class ListeningCursor {

    @EmbeddedId
    private Key key;
    @Column(name = "cursor_value", nullable = false)
    private String value;
    @Column(name = "polled_at", nullable = false)
    private Instant polledAt;

    protected ListeningCursor() {
    }

    ListeningCursor(long channelId, String stream, String value, Instant polledAt) {
        this.key = new Key(channelId, stream);
        this.value = value;
        this.polledAt = polledAt;
    }

    void advance(String value, Instant polledAt) {
        this.value = value;
        this.polledAt = polledAt;
    }

    String value() {
        return value;
    }

    @jakarta.persistence.Embeddable
    record Key(@Column(name = "channel_id") long channelId, @Column(name = "stream") String stream)
            implements Serializable {
    }
}
