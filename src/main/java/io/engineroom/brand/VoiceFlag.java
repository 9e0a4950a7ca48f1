package io.engineroom.brand;

/**
 * One thing the voice check found in a field, shown as a message next to that field.
 *
 * @param kind    what it is about: an avoided word, too many emoji, or a missing disclosure
 * @param field   the form field it belongs to
 * @param message what the writer reads
 */
public record VoiceFlag(Kind kind, String field, String message) {

    public enum Kind {
        AVOIDED_WORD, TOO_MANY_EMOJI, MISSING_DISCLOSURE
    }
}
