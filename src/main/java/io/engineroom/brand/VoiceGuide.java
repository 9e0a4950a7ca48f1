package io.engineroom.brand;

import java.time.Instant;
import java.util.List;

/**
 * A brand's voice guide as writers see it beside their task and as the voice check applies it.
 *
 * @param emojiMax    the most emoji one text may carry under {@link EmojiPolicy#SPARINGLY}; null otherwise
 * @param disclosures what a paid promotion or influencer post must carry (any one of them, e.g. "#ad")
 * @param updatedBy   who saved it last (the audit trail has every change)
 */
public record VoiceGuide(String brandId, String tone, List<String> wordsToUse, List<String> wordsToAvoid,
        List<String> approvedPhrases, List<String> hashtags, EmojiPolicy emojiPolicy, Integer emojiMax,
        List<String> disclosures, String updatedBy, Instant updatedAt) {

    public VoiceGuide {
        wordsToUse = List.copyOf(wordsToUse);
        wordsToAvoid = List.copyOf(wordsToAvoid);
        approvedPhrases = List.copyOf(approvedPhrases);
        hashtags = List.copyOf(hashtags);
        disclosures = List.copyOf(disclosures);
    }

    /** The emoji one text may carry, or null for no limit. */
    public Integer emojiLimit() {
        return switch (emojiPolicy) {
            case NONE -> 0;
            case SPARINGLY -> emojiMax;
            case FREE -> null;
        };
    }
}
