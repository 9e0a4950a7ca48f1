package io.engineroom.publishing;

import java.util.List;

/**
 * One read of a platform's stream for a channel.
 *
 * @param nextCursor where the next read starts; null when the stream did not move (nothing new)
 * @param more whether the platform has more right away (read on in the same poll)
 */
public record InboundPage(List<InboundItem> items, String nextCursor, boolean more) {

    public InboundPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static InboundPage nothingNew() {
        return new InboundPage(List.of(), null, false);
    }
}
