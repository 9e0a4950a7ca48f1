package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The head's math on sets small enough to check by eye. */
class LogisticHeadTest {

    static final List<String> CLASSES = List.of("LEFT", "RIGHT", "UP");
    /** Three clusters a line can separate: left, right and up of the origin. */
    static final double[][] POINTS = {{-2, 0}, {-3, 0.5}, {-2.5, -0.5}, {2, 0}, {3, -0.5}, {2.5, 0.5}, {0, 2},
        {0.5, 3}, {-0.5, 2.5}};
    static final int[] LABELS = {0, 0, 0, 1, 1, 1, 2, 2, 2};

    @Test
    void aSeparableSetIsLearntWithConfidence() {
        LogisticHead head = LogisticHead.train(CLASSES, POINTS, LABELS, 1e-3);
        for (int i = 0; i < POINTS.length; i++) {
            double[] p = head.probabilities(POINTS[i]);
            assertThat(HeadTraining.best(p)).as(Arrays.toString(POINTS[i])).isEqualTo(LABELS[i]);
            assertThat(p[LABELS[i]]).isGreaterThan(0.9);
        }
        assertThat(HeadTraining.best(head.probabilities(new double[] {-10, 0}))).isZero();
        assertThat(HeadTraining.best(head.probabilities(new double[] {0, 10}))).isEqualTo(2);
    }

    @Test
    void probabilitiesSumToOneEvenForHugeScores() {
        LogisticHead head = LogisticHead.train(CLASSES, POINTS, LABELS, 1e-3);
        for (double[] x : new double[][] {{0, 0}, {1e6, -1e6}, {-1e300, 1e300}}) {
            double[] p = head.probabilities(x);
            assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(Arrays.stream(p).boxed().toList()).allSatisfy(value -> assertThat(value).isBetween(0.0, 1.0));
        }
    }

    @Test
    void theSameExamplesAlwaysGiveTheSameHead() {
        LogisticHead first = LogisticHead.train(CLASSES, POINTS, LABELS, 1e-3);
        LogisticHead second = LogisticHead.train(CLASSES, POINTS, LABELS, 1e-3);
        assertThat(second.weights()).isDeepEqualTo(first.weights());
        assertThat(second.biases()).containsExactly(first.biases());
    }

    @Test
    void aLargerPenaltyKeepsTheWeightsSmallerAndTheAnswersLessSure() {
        LogisticHead loose = LogisticHead.train(CLASSES, POINTS, LABELS, 1e-3);
        LogisticHead strict = LogisticHead.train(CLASSES, POINTS, LABELS, 1);
        assertThat(norm(strict)).isLessThan(norm(loose) / 2);
        assertThat(strict.probabilities(POINTS[0])[0]).isLessThan(loose.probabilities(POINTS[0])[0]);
        assertThat(HeadTraining.best(strict.probabilities(POINTS[0]))).isZero();
    }

    @Test
    void withNothingToReadTheHeadSaysItsPrior() {
        double[][] unbalanced = {{1, 0}, {1, 0}, {1, 0}, {0, 1}};
        LogisticHead head = LogisticHead.train(List.of("A", "B"), unbalanced, new int[] {0, 0, 0, 1}, 1e-2);
        double[] prior = head.probabilities(new double[] {0, 0});
        assertThat(prior[0]).isGreaterThan(prior[1]);
    }

    @Test
    void readingTheWrongNumberOfFeaturesIsRefused() {
        LogisticHead head = LogisticHead.train(CLASSES, POINTS, LABELS, 1e-3);
        assertThatThrownBy(() -> head.probabilities(new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads 2 features, not 3");
        assertThatThrownBy(() -> new LogisticHead(List.of("A", "B"), new float[][] {{1, 2}, {3}}, new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same features");
        assertThatThrownBy(() -> new LogisticHead(List.of("A"), new float[][] {{1}}, new float[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2+ classes");
    }

    @Test
    void lbfgsFindsTheBottomOfACurvedValley() {
        // Rosenbrock's function: minimum 0 at (1, 1), at the end of a long, bending, nearly flat valley
        double[] minimum = Lbfgs.minimise(new double[] {-1.2, 1}, (x, gradient) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            gradient[0] = -2 * a - 400 * x[0] * b;
            gradient[1] = 200 * b;
            return a * a + 100 * b * b;
        });
        assertThat(minimum[0]).isCloseTo(1.0, within(1e-4));
        assertThat(minimum[1]).isCloseTo(1.0, within(1e-4));
    }

    private static double norm(LogisticHead head) {
        double sum = 0;
        for (float[] row : head.weights()) {
            for (float w : row) {
                sum += w * w;
            }
        }
        return Math.sqrt(sum);
    }
}
