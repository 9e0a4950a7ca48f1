package io.engineroom.inbox;

import java.time.Instant;

/**
 * One message in a conversation thread: what the author wrote, or a reply the brand sent. Texts are to be shown as
 * text.
 *
 * @param reply true: sent by the brand (then {@code who} is the person who sent it and {@code outcome} says whether
 *        it went out); false: the author's interaction ({@code who} is the author)
 * @param interactionId the interaction written, or the one replied to
 * @param detail for a reply: its link, or why it did not go out
 * @param moderation for the author's interaction: what was done to it on the platform, in words; null for none
 */
public record ThreadEntry(boolean reply, Instant at, String who, String text, String channelLabel,
        String interactionId, ReplyOutcome outcome, String detail, String moderation) {
}
