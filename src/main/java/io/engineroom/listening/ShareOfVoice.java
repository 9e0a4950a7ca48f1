package io.engineroom.listening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Share of voice from mention counts: each voice's mentions over all tracked mentions of the period. The brand
 * comes first and is always there; every tracked competitor is listed, also with no mentions (silence is a
 * figure too), the rest by mentions, most first, then by name.
 */
public final class ShareOfVoice {

    private ShareOfVoice() {
    }

    /**
     * @param counts mentions by voice (null: the brand itself) and sentiment: {negative, neutral, positive}
     * @param competitors the competitors the brand tracks
     */
    public static List<VoiceShare> of(Map<String, long[]> mentionCounts, Set<String> competitors) {
        // a copy that takes a null key (the brand itself), whatever map the caller had
        Map<String, long[]> counts = new HashMap<>(mentionCounts);
        Map<String, long[]> byVoice = new LinkedHashMap<>();
        byVoice.put(null, counts.getOrDefault(null, new long[3]));
        competitors.forEach(name -> byVoice.put(name, counts.getOrDefault(name, new long[3])));
        counts.forEach(byVoice::putIfAbsent);
        long total = byVoice.values().stream().mapToLong(ShareOfVoice::sum).sum();
        List<VoiceShare> shares = new ArrayList<>();
        byVoice.forEach((voice, count) -> shares.add(new VoiceShare(voice == null ? VoiceShare.OWN : voice,
                voice == null, sum(count), total == 0 ? null : (double) sum(count) / total, count[0], count[1],
                count[2])));
        shares.sort(Comparator.comparing((VoiceShare share) -> !share.own())
                .thenComparing(VoiceShare::mentions, Comparator.reverseOrder()).thenComparing(VoiceShare::voice));
        return shares;
    }

    private static long sum(long[] count) {
        return count[0] + count[1] + count[2];
    }
}
