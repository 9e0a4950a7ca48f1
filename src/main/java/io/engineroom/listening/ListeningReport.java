package io.engineroom.listening;

import java.util.List;

/** A brand's listening in a period: share of voice (own first) and its own mentions' sentiment per day. */
public record ListeningReport(List<VoiceShare> shares, List<SentimentDay> days) {

    public ListeningReport {
        shares = List.copyOf(shares);
        days = List.copyOf(days);
    }

    /** Whether anything was found in the period. */
    public boolean isEmpty() {
        return shares.stream().allMatch(share -> share.mentions() == 0);
    }
}
