package io.engineroom.brand;

/**
 * A voice guide as its editor fills it in: lists as text, one entry per line (commas also separate words and
 * hashtags). Field names match {@link VoiceGuides#save}'s problems, so a refusal lands on its field. Public because
 * Vaadin's Binder builds it by reflection.
 */
public record VoiceGuideForm(String tone, String wordsToUse, String wordsToAvoid, String approvedPhrases,
        String hashtags, EmojiPolicy emojiPolicy, Integer emojiMax, String disclosures) {

    /** An empty guide: nothing to avoid, emoji free. */
    public static VoiceGuideForm empty() {
        return new VoiceGuideForm("", "", "", "", "", EmojiPolicy.FREE, null, "");
    }
}
