package io.engineroom.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The listening spike rule: a minimum of negative mentions in the hour, and well above the usual hour. */
class ListeningSpikeRuleTest {

    final ListeningSpikeRule rule = ListeningSpikeRule.DEFAULT;

    @Test
    void aQuietBrandsFewNegativeMentionsAreNoSpikeHoweverManyTimesTheBaselineTheyAre() {
        assertThat(rule.isSpike(4, 0)).isFalse();
        assertThat(rule.isSpike(5, 0)).isTrue();
    }

    @Test
    void aBusyBrandNeedsThreeTimesItsUsualHour() {
        // 48 negative mentions over the day before: 2 an hour; 3 × 2 = 6
        double baseline = rule.perHour(48);
        assertThat(baseline).isCloseTo(2.0, within(1e-9));
        assertThat(rule.isSpike(5, baseline)).as("5 ≥ the minimum but under 3 × 2").isFalse();
        assertThat(rule.isSpike(6, baseline)).isTrue();
        // 240 over the day: 10 an hour, so 29 is a busy hour, 30 a spike
        assertThat(rule.isSpike(29, rule.perHour(240))).isFalse();
        assertThat(rule.isSpike(30, rule.perHour(240))).isTrue();
    }

    @Test
    void aRuleThatWouldFireOnNothingIsRefused() {
        assertThatThrownBy(() -> new ListeningSpikeRule(0, 3, Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListeningSpikeRule(5, 0.5, Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListeningSpikeRule(5, 3, Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
