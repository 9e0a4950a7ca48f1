package io.engineroom.inbox.classification.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Sentiment;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final double EXACT = 1e-12;

    /** 8 texts: 2 of 3 negatives found, 1 of 2 neutrals, all 3 positives, one neutral called positive. */
    private static ConfusionMatrix<Sentiment> eightTexts() {
        ConfusionMatrix<Sentiment> matrix = new ConfusionMatrix<>(Sentiment.class);
        add(matrix, Sentiment.NEGATIVE, Sentiment.NEGATIVE, 2);
        add(matrix, Sentiment.NEGATIVE, Sentiment.NEUTRAL, 1);
        add(matrix, Sentiment.NEUTRAL, Sentiment.NEUTRAL, 1);
        add(matrix, Sentiment.NEUTRAL, Sentiment.POSITIVE, 1);
        add(matrix, Sentiment.POSITIVE, Sentiment.POSITIVE, 3);
        return matrix;
    }

    @Test
    void accuracyIsTheShareOfTextsOnTheDiagonal() {
        ConfusionMatrix<Sentiment> matrix = eightTexts();

        assertThat(matrix.total()).isEqualTo(8);
        assertThat(matrix.accuracy()).isCloseTo(6.0 / 8, within(EXACT));
        assertThat(matrix.count(Sentiment.NEUTRAL, Sentiment.POSITIVE)).isEqualTo(1);
        assertThat(matrix.count(Sentiment.POSITIVE, Sentiment.NEGATIVE)).isZero();
    }

    @Test
    void precisionRecallAndF1AreWorkedOutPerLabel() {
        ConfusionMatrix<Sentiment> matrix = eightTexts();

        assertThat(matrix.precision(Sentiment.NEGATIVE)).isCloseTo(1, within(EXACT));
        assertThat(matrix.recall(Sentiment.NEGATIVE)).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(matrix.f1(Sentiment.NEGATIVE)).isCloseTo(0.8, within(EXACT));
        assertThat(matrix.f1(Sentiment.NEUTRAL)).isCloseTo(0.5, within(EXACT));
        assertThat(matrix.precision(Sentiment.POSITIVE)).isCloseTo(0.75, within(EXACT));
        assertThat(matrix.f1(Sentiment.POSITIVE)).isCloseTo(6.0 / 7, within(EXACT));
    }

    @Test
    void macroF1IsTheUnweightedMeanOfTheLabelsF1() {
        assertThat(eightTexts().macroF1()).isCloseTo((0.8 + 0.5 + 6.0 / 7) / 3, within(EXACT));
    }

    @Test
    void macroF1LeavesOutLabelsNoTextHasButAWrongAnswerNamingOneStillCostsRecall() {
        ConfusionMatrix<Category> matrix = new ConfusionMatrix<>(Category.class);
        add(matrix, Category.QUESTION, Category.QUESTION, 1);
        add(matrix, Category.QUESTION, Category.PRAISE, 1);
        add(matrix, Category.SPAM, Category.SPAM, 2);

        assertThat(matrix.covered()).containsExactly(Category.QUESTION, Category.SPAM);
        assertThat(matrix.recall(Category.QUESTION)).isCloseTo(0.5, within(EXACT));
        assertThat(matrix.f1(Category.PRAISE)).isZero();
        assertThat(matrix.macroF1()).isCloseTo((2.0 / 3 + 1) / 2, within(EXACT));
    }

    @Test
    void aLabelNeverSaidHasPrecisionZeroRatherThanNoNumber() {
        ConfusionMatrix<Sentiment> matrix = new ConfusionMatrix<>(Sentiment.class);
        add(matrix, Sentiment.NEGATIVE, Sentiment.POSITIVE, 1);

        assertThat(matrix.precision(Sentiment.NEGATIVE)).isZero();
        assertThat(matrix.f1(Sentiment.NEGATIVE)).isZero();
        assertThat(matrix.macroF1()).isZero();
    }

    @Test
    void anEmptyMatrixGivesNoFigureInsteadOfAMadeUpOne() {
        ConfusionMatrix<Sentiment> matrix = new ConfusionMatrix<>(Sentiment.class);

        assertThatThrownBy(matrix::accuracy).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nothing was evaluated");
        assertThatThrownBy(matrix::macroF1).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTableHasARowPerCoveredTruthAndAColumnPerLabel() {
        String table = eightTexts().table(Sentiment::label);

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().findFirst().orElseThrow()).containsSubsequence("Negative", "Neutral", "Positive",
                "prec", "recall", "F1");
        assertThat(table).containsPattern("(?m)^Negative\\s+2\\s+1\\s+0\\s+1\\.000\\s+0\\.667\\s+0\\.800$")
                .containsPattern("(?m)^Positive\\s+0\\s+0\\s+3\\s+0\\.750\\s+1\\.000\\s+0\\.857$");
    }

    private static <L extends Enum<L>> void add(ConfusionMatrix<L> matrix, L truth, L said, int times) {
        for (int i = 0; i < times; i++) {
            matrix.add(truth, said);
        }
    }
}
