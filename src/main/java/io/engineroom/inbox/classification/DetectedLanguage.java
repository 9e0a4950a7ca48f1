package io.engineroom.inbox.classification;

/**
 * The language {@link LanguageDetector} found in a text.
 *
 * @param code ISO 639-1 ("en", "es", "de"), or null when the text is too short, or too close to English, to tell:
 *        such text is read as English, because guessing another language for "ok" would send it to a person for
 *        nothing
 */
public record DetectedLanguage(String code) {

    public static final String ENGLISH = "en";
    public static final DetectedLanguage UNDECIDED = new DetectedLanguage(null);

    /** English, or undecided: the English-only models may classify it. */
    public boolean readAsEnglish() {
        return code == null || ENGLISH.equals(code);
    }
}
