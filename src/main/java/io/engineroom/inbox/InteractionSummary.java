package io.engineroom.inbox;

import java.time.Instant;

/**
 * An interaction as screens show it. {@code text} and the author's names are what a stranger typed: show them as
 * text, never as markup.
 *
 * @param channelLabel the channel in words ("Mastodon @brand@social.example")
 * @param maxReplyLength how long a reply on this channel's platform may be
 */
public record InteractionSummary(String id, String brandId, long channelId, String channelLabel,
        int maxReplyLength, InteractionKind kind, String authorHandle, String authorName, String text,
        Instant occurredAt, Sentiment sentiment, Category category, InteractionState state, Moderation moderation) {

    /** The name to greet the author by: their display name, else their handle. */
    public String authorDisplay() {
        return authorName == null || authorName.isBlank() ? authorHandle : authorName;
    }
}
