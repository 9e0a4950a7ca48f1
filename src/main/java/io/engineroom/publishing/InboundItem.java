package io.engineroom.publishing;

import java.time.Instant;

/**
 * One comment, mention or direct message read from a platform, before the inbox takes it in. Its ids are the
 * platform's own, so a reply can be sent in its thread.
 *
 * @param externalId the platform's id of it (a Bluesky at-uri, a tweet id, a comment URN or id, a message id)
 * @param authorHandle how the platform names the author (@handle, or the platform's user id where it shows no handle)
 * @param inReplyTo the platform's id of what it answers (the brand's post or another comment); null for none
 */
public record InboundItem(String externalId, Kind kind, String authorHandle, String authorName, String text,
        String inReplyTo, Instant occurredAt) {

    public enum Kind { COMMENT, MENTION, DIRECT_MESSAGE }
}
