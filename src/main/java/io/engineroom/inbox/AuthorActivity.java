package io.engineroom.inbox;

import java.time.Instant;

/**
 * One author's interactions of one sentiment with a brand over a window, as the inbox recorded them: what other
 * modules (community care's super-fans) read instead of the inbox's tables.
 *
 * @param authorHandle the author's handle on the platform, as the interactions carry it
 * @param authorName their latest display name, or null
 * @param count how many interactions of the sentiment in the window
 * @param latest when the latest of them was posted
 */
public record AuthorActivity(String brandId, String authorHandle, String authorName, long count, Instant latest) {
}
