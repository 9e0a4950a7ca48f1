package io.engineroom.brand;

/** One field of text to check against a brand's voice: its key on the form and what was written in it. */
public record VoiceText(String field, String text) {
}
