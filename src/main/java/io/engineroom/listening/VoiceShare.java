package io.engineroom.listening;

/**
 * One voice's part of the conversation in a period: the brand's own or one competitor's.
 *
 * @param voice "Own brand" or the competitor's name
 * @param share of all tracked mentions in the period, 0..1; null when the period had none
 */
public record VoiceShare(String voice, boolean own, long mentions, Double share, long negative, long neutral,
        long positive) {

    public static final String OWN = "Own brand";
}
