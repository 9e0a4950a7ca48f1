package io.engineroom.publishing;

import io.engineroom.brand.ChannelConnection;

/**
 * A reply to one interaction on its channel, as a connector sends it.
 *
 * @param inReplyToExternalId the platform's id of what is answered (a Mastodon status id)
 * @param directToHandle the author's handle when the reply is a direct message to them; null for a public reply
 * @param idempotencyKey names this reply, so a repeated send can be recognised by the receiver
 */
public record Reply(ChannelConnection channel, String inReplyToExternalId, String text, String directToHandle,
        String idempotencyKey) {

    public Reply {
        if (channel == null || text == null || text.isBlank() || idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A reply needs a channel, a text and an idempotency key");
        }
    }

    public boolean direct() {
        return directToHandle != null && !directToHandle.isBlank();
    }

    /** The handle as a mention: {@code @name} or {@code @name@server}. */
    public String mention() {
        return directToHandle.startsWith("@") ? directToHandle : "@" + directToHandle;
    }
}
