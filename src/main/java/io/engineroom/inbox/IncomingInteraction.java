package io.engineroom.inbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One interaction as a channel delivers it, before it is accepted.
 *
 * @param externalId the platform's id for it: the same id on the same channel is the same interaction
 * @param inReplyTo the platform's id of the post or message it answers, if any
 * @param occurredAt when it was posted on the platform
 * @param priority null: normal
 */
public record IncomingInteraction(String externalId, InteractionKind kind, String authorHandle, String authorName,
        String text, String inReplyTo, Instant occurredAt, InteractionPriority priority) {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NAME = 200;

    /**
     * Text from a platform made storable: no control characters but new lines and tabs, no broken surrogate pairs.
     * Shared by every source that reads platforms (Mastodon mentions, the polled platform streams).
     */
    public static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                clean.append(c == '\r' ? "" : " ");
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** The text within {@code max} characters, ending in "…" when cut, never between a surrogate pair. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** What is wrong with it, by field, each field prefixed (e.g. {@code interactions[3].}). Empty when fine. */
    public Map<String, String> problems(String prefix) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, prefix + "externalId", externalId, MAX_NAME);
        if (kind == null) {
            problems.put(prefix + "kind", "kind is required: COMMENT, DIRECT_MESSAGE, MENTION or REVIEW");
        }
        required(problems, prefix + "authorHandle", authorHandle, MAX_NAME);
        optional(problems, prefix + "authorName", authorName, MAX_NAME);
        required(problems, prefix + "text", text, MAX_TEXT);
        optional(problems, prefix + "inReplyTo", inReplyTo, MAX_NAME);
        if (occurredAt == null) {
            problems.put(prefix + "occurredAt", "occurredAt is required (ISO-8601, e.g. 2026-11-21T09:30:00Z)");
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, field.substring(field.lastIndexOf('.') + 1) + " is required");
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(Map<String, String> problems, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.put(field, field.substring(field.lastIndexOf('.') + 1) + " is longer than " + max + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.put(field, field.substring(field.lastIndexOf('.') + 1) + " contains control characters");
        }
    }
}
