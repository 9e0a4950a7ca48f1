package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.Category;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PublicSetSplitTest {

    @Test
    void theSameTextFallsOnTheSameSideWhateverItsCaseFormOrSpacing() {
        assertThat(PublicSetSplit.isEvaluation("Win a FREE  prize\tnow"))
                .isEqualTo(PublicSetSplit.isEvaluation("win a free prize now"));
        assertThat(PublicSetSplit.isEvaluation("ｗｉｎ a free prize now "))
                .isEqualTo(PublicSetSplit.isEvaluation("win a free prize now"));
    }

    @Test
    void aboutHalfOfManyTextsAreKeptForEvaluation() {
        long evaluation = IntStream.range(0, 2_000).mapToObj(i -> "message number " + i)
                .filter(PublicSetSplit::isEvaluation).count();
        assertThat(evaluation).isBetween(900L, 1_100L);
    }

    @Test
    void noShippedSpamOrOffensiveExampleIsOneTheEvaluationHalfScores() {
        List<LabelledText.Labelled<Category>> shipped = LabelledText.readResource(
                "/inbox/category-training-sms-davidson.csv", Category.class);
        assertThat(shipped).hasSize(200).extracting(LabelledText.Labelled::label)
                .containsOnly(Category.SPAM, Category.OFFENSIVE);
        assertThat(shipped).noneMatch(example -> PublicSetSplit.isEvaluation(example.text()));
    }
}
