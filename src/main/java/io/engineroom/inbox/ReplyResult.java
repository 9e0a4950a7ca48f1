package io.engineroom.inbox;

/**
 * What became of a reply, for the SOP.
 *
 * @param delivered true only when the channel took it
 * @param outcome the outcome and its detail in words ("SENT https://…", "FAILED Mastodon answered HTTP 422: …")
 */
public record ReplyResult(boolean delivered, ReplyOutcome status, String outcome) {
}
