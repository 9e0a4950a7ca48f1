package io.engineroom.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Share of voice worked out by hand from mention counts (negative, neutral, positive). */
class ShareOfVoiceTest {

    @Test
    void eachVoiceGetsItsMentionsOverAllTrackedMentionsWithTheBrandFirst() {
        Map<String, long[]> counts = new HashMap<>();
        counts.put(null, new long[] {2, 3, 1});          // own: 6
        counts.put("Rival Roasters", new long[] {0, 1, 8}); // 9
        counts.put("Cup Co", new long[] {1, 2, 2});         // 5 → total 20

        List<VoiceShare> shares = ShareOfVoice.of(counts, Set.of("Rival Roasters", "Cup Co"));

        assertThat(shares).extracting(VoiceShare::voice).containsExactly(VoiceShare.OWN, "Rival Roasters", "Cup Co");
        assertThat(shares.get(0).own()).isTrue();
        assertThat(shares.get(0).mentions()).isEqualTo(6);
        assertThat(shares.get(0).share()).isCloseTo(0.30, within(1e-9));
        assertThat(shares.get(0).negative()).isEqualTo(2);
        assertThat(shares.get(1).share()).isCloseTo(0.45, within(1e-9));
        assertThat(shares.get(1).positive()).isEqualTo(8);
        assertThat(shares.get(2).share()).isCloseTo(0.25, within(1e-9));
        assertThat(shares.stream().mapToDouble(VoiceShare::share).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aTrackedCompetitorNobodyMentionedIsListedWithNoMentionsAndTheBrandIsAlwaysThere() {
        Map<String, long[]> counts = new HashMap<>();
        counts.put("Rival Roasters", new long[] {1, 0, 0});

        List<VoiceShare> shares = ShareOfVoice.of(counts, new LinkedHashSet<>(List.of("Cup Co", "Rival Roasters")));

        assertThat(shares).extracting(VoiceShare::voice).containsExactly(VoiceShare.OWN, "Rival Roasters", "Cup Co");
        assertThat(shares).extracting(VoiceShare::mentions).containsExactly(0L, 1L, 0L);
        assertThat(shares).extracting(VoiceShare::share).containsExactly(0.0, 1.0, 0.0);
    }

    @Test
    void aPeriodWithoutMentionsHasNoShareRatherThanZero() {
        List<VoiceShare> shares = ShareOfVoice.of(Map.of(), Set.of("Cup Co"));

        assertThat(shares).extracting(VoiceShare::share).containsExactly(null, null);
        assertThat(new ListeningReport(shares, List.of()).isEmpty()).isTrue();
    }
}
