package io.engineroom.inbox;

import java.util.List;

/**
 * One author's conversation with a brand across its channels, oldest first, replies included.
 *
 * @param selected the interaction the thread was opened from
 */
public record ConversationThread(String brandId, String authorHandle, InteractionSummary selected,
        List<ThreadEntry> entries) {
}
