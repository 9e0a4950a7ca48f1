package io.engineroom.inbox;

import java.time.Instant;
import java.util.Locale;

/**
 * An interaction as screens show it. {@code text} and the author's names are what a stranger typed: show them as
 * text, never as markup.
 *
 * @param channelLabel the channel in words ("Mastodon @brand@social.example")
 * @param maxReplyLength how long a reply on this channel's platform may be
 * @param modelVersion the model that classified it at intake (kept through corrections), or null if unknown
 * @param language ISO 639-1 code of the text's language; null where it was too short to tell
 */
public record InteractionSummary(String id, String brandId, long channelId, String channelLabel,
        int maxReplyLength, InteractionKind kind, String authorHandle, String authorName, String text,
        Instant occurredAt, Sentiment sentiment, Category category, InteractionState state, Moderation moderation,
        String modelVersion, String language) {

    /** Without a model version nor a language (summaries made outside the inbox's own records). */
    public InteractionSummary(String id, String brandId, long channelId, String channelLabel, int maxReplyLength,
            InteractionKind kind, String authorHandle, String authorName, String text, Instant occurredAt,
            Sentiment sentiment, Category category, InteractionState state, Moderation moderation) {
        this(id, brandId, channelId, channelLabel, maxReplyLength, kind, authorHandle, authorName, text, occurredAt,
                sentiment, category, state, moderation, null, null);
    }

    /** The name to greet the author by: their display name, else their handle. */
    public String authorDisplay() {
        return authorName == null || authorName.isBlank() ? authorHandle : authorName;
    }

    /** The language in English words ("Spanish"), or null where none was detected. */
    public String languageName() {
        if (language == null || language.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? language : name;
    }

    /** The category as the inbox lists it; an unclassified one says which language kept the model from reading it. */
    public String categoryText() {
        if (category == Category.UNCLASSIFIED) {
            String name = languageName();
            return name == null ? category.label() : category.label() + " (language: " + name + ")";
        }
        return category == null ? "" : category.name();
    }
}
