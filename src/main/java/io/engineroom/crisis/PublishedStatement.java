package io.engineroom.crisis;

import java.time.Instant;
import java.util.List;

/**
 * The holding statement that went out for an incident, who drafted and who approved it, and how each channel took
 * it.
 *
 * @param publishedAt when publishing finished with the statement posted on at least one channel; null while no
 *        channel has it yet (still going out, failed everywhere, or only by-hand channels)
 */
public record PublishedStatement(long incidentId, String brandId, String text, String draftedBy,
        String legalApprover, String executiveApprover, Instant publishedAt, List<OnChannel> channels) {

    public PublishedStatement {
        channels = List.copyOf(channels);
    }

    /**
     * The statement on one channel.
     *
     * @param outcome PUBLISHED, FAILED, UNKNOWN (may be there: check before posting again), NEEDS_PERSON (post it
     *        by hand), or null while the call is under way
     */
    public record OnChannel(long channelId, String channel, String outcome, String postUrl, String error,
            Instant finishedAt) {
    }
}
