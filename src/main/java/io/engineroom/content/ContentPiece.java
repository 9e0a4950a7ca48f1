package io.engineroom.content;

import io.engineroom.brand.ChannelSummary;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A content item as the people producing and reviewing it see it: its brief, its publish time in the brand's time
 * zone ({@code null} while unscheduled), its pillar's name and its planned channels.
 *
 * @param writable whether the signed-in person may change its texts now (their role, and it is in production)
 */
public record ContentPiece(long id, String brandId, String title, String state, String objective, String audience,
        String keyMessage, String pillar, String campaign, ZonedDateTime publishAt, List<ChannelSummary> channels,
        boolean writable) {

    public ContentPiece {
        channels = List.copyOf(channels);
    }
}
