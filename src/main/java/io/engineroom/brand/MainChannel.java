package io.engineroom.brand;

import java.time.Instant;

/** A brand's main channel and since when Engine Room knows it (its silence counts from then at most). */
public record MainChannel(ChannelSummary channel, Instant since) {
}
