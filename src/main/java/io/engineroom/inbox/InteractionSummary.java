package io.engineroom.inbox;

import java.time.Instant;

/**
 * An interaction as screens show it. {@code text} and the author's names are what a stranger typed: show them as
 * text, never as markup.
 *
 * @param channelLabel the channel in words ("Mastodon @brand@social.example")
 * @param maxReplyLength how long a reply on this channel's platform may be
 * @param modelVersion the model that classified it at intake (kept through corrections), or null if unknown
 */
public record InteractionSummary(String id, String brandId, long channelId, String channelLabel,
        int maxReplyLength, InteractionKind kind, String authorHandle, String authorName, String text,
        Instant occurredAt, Sentiment sentiment, Category category, InteractionState state, Moderation moderation,
        String modelVersion) {

    /** Without a model version (summaries made outside the inbox's own records). */
    public InteractionSummary(String id, String brandId, long channelId, String channelLabel, int maxReplyLength,
            InteractionKind kind, String authorHandle, String authorName, String text, Instant occurredAt,
            Sentiment sentiment, Category category, InteractionState state, Moderation moderation) {
        this(id, brandId, channelId, channelLabel, maxReplyLength, kind, authorHandle, authorName, text, occurredAt,
                sentiment, category, state, moderation, null);
    }

    /** The name to greet the author by: their display name, else their handle. */
    public String authorDisplay() {
        return authorName == null || authorName.isBlank() ? authorHandle : authorName;
    }
}
