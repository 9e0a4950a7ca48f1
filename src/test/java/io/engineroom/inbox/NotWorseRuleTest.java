package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotWorseRuleTest {

    @Test
    void aCandidateBetterOrEqualOnEveryMeasureIsActivated() {
        var decision = NotWorseRule.decide(List.of(new ClassifierFigure("evaluation set sentiment accuracy", 900,
                0.80, 0.82), new ClassifierFigure("held-out corrections category accuracy", 12, 0.5, 0.5)));

        assertThat(decision.activate()).isTrue();
        assertThat(decision.reason()).isEqualTo("Activated: not worse on any of 2 measures");
    }

    @Test
    void aCandidateWorseOnOneMeasureIsNotActivatedAndTheReasonNamesIt() {
        var decision = NotWorseRule.decide(List.of(new ClassifierFigure("evaluation set sentiment accuracy", 900,
                0.80, 0.90), new ClassifierFigure("evaluation set category macro-F1", 800, 0.75, 0.70)));

        assertThat(decision.activate()).isFalse();
        assertThat(decision.reason()).isEqualTo("Kept the old model: the candidate is worse on evaluation set"
                + " category macro-F1 (0.700, was 0.750)");
    }

    @Test
    void lessThanHalfAPointLowerCountsAsNotWorseAndHalfAPointOrMoreAsWorse() {
        assertThat(new ClassifierFigure("m", 1000, 0.800, 0.796).notWorse()).isTrue();
        assertThat(new ClassifierFigure("m", 1000, 0.800, 0.7949).notWorse()).isFalse();
        assertThat(NotWorseRule.decide(List.of(new ClassifierFigure("m", 1000, 0.800, 0.794))).activate())
                .isFalse();
    }

    @Test
    void oneTextMoreWrongOfAFewHeldOutCorrectionsIsWorse() {
        var decision = NotWorseRule.decide(List.of(new ClassifierFigure("held-out corrections sentiment accuracy",
                20, 15 / 20.0, 14 / 20.0)));

        assertThat(decision.activate()).isFalse();
    }

    @Test
    void measuresWithoutTextsDoNotCountAndWithNoMeasureAtAllTheOldModelStays() {
        assertThat(NotWorseRule.decide(List.of(new ClassifierFigure("evaluation set sentiment accuracy", 0, 0.9, 0),
                new ClassifierFigure("held-out corrections category accuracy", 4, 0.25, 0.5))).activate()).isTrue();

        var nothing = NotWorseRule.decide(List.of(new ClassifierFigure("evaluation set sentiment accuracy", 0, 0, 0)));
        assertThat(nothing.activate()).isFalse();
        assertThat(nothing.reason()).contains("nothing to grade the candidate on");
    }
}
