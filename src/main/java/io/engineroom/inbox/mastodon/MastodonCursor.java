package io.engineroom.inbox.mastodon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The newest Mastodon notification of a channel already read. */
@Entity
@Table(name = "mastodon_mention_cursor")
public class MastodonCursor {

    @Id
    @Column(name = "channel_id")
    private long channelId;
    @Column(name = "last_id", nullable = false)
    private String lastId;
    @Column(name = "polled_at", nullable = false)
    private Instant polledAt;

    protected MastodonCursor() {
    }

    MastodonCursor(long channelId, String lastId, Instant polledAt) {
        this.channelId = channelId;
        this.lastId = lastId;
        this.polledAt = polledAt;
    }

    void advance(String lastId, Instant polledAt) {
        this.lastId = lastId;
        this.polledAt = polledAt;
    }

    String getLastId() {
        return lastId;
    }
}
