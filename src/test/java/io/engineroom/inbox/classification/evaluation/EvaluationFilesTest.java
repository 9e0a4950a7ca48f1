package io.engineroom.inbox.classification.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Sentiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationFilesTest {

    @TempDir
    Path dir;

    @Test
    void vadersGroundTruthGivesEachTextItsMeanRatingAndCrlfLineEndsAreNotPartOfTheText() throws Exception {
        Path file = write("tweets_GroundTruth.txt",
                "1\t2.726315789\tSo blessed with amazing friends!\r\n2\t-1.5\tWorst day ever.\r\n\r\n"
                        + "3\t0.1\tIt is Tuesday.\r\n");

        List<RatedText> texts = EvaluationFiles.vaderGroundTruth(file);

        assertThat(texts).containsExactly(new RatedText("So blessed with amazing friends!", 2.726315789),
                new RatedText("Worst day ever.", -1.5), new RatedText("It is Tuesday.", 0.1));
        assertThat(texts).extracting(RatedText::band)
                .containsExactly(Sentiment.POSITIVE, Sentiment.NEGATIVE, Sentiment.NEUTRAL);
    }

    @Test
    void theBandsEdgesBelongToTheOuterBands() {
        assertThat(new RatedText("t", -0.5).band()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(new RatedText("t", -0.49).band()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(new RatedText("t", 0.49).band()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(new RatedText("t", 0.5).band()).isEqualTo(Sentiment.POSITIVE);
        assertThat(new RatedText("t", 0.5).polar()).isTrue();
        assertThat(new RatedText("t", 0.2).polar()).isFalse();
    }

    @Test
    void aMeanThatIsNotANumberStopsTheReadNamingTheLine() throws Exception {
        Path file = write("tweets_GroundTruth.txt", "1\t1.0\tFine.\r\n2\tgood\tNot fine.\r\n");

        assertThatThrownBy(() -> EvaluationFiles.vaderGroundTruth(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'good' is not a number");
    }

    @Test
    void aLineWithoutItsTextStopsTheRead() throws Exception {
        Path file = write("tweets_GroundTruth.txt", "1\t1.0\r\n");

        assertThatThrownBy(() -> EvaluationFiles.vaderGroundTruth(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1: expected id, mean and text");
    }

    @Test
    void theBalancedSampleTakesAtMostSoManyOfEachLabelAndTheSameSeedTakesTheSameOnes() {
        List<Labelled<Category>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(new Labelled<>("question " + i, Category.QUESTION));
        }
        all.add(new Labelled<>("spam 1", Category.SPAM));
        all.add(new Labelled<>("spam 2", Category.SPAM));

        List<Labelled<Category>> sample = EvaluationFiles.balanced(all, 3, 19);

        assertThat(sample).hasSize(5).isSubsetOf(all).doesNotHaveDuplicates();
        assertThat(sample).filteredOn(example -> example.label() == Category.QUESTION).hasSize(3);
        assertThat(sample).filteredOn(example -> example.label() == Category.SPAM).hasSize(2);
        assertThat(EvaluationFiles.balanced(all, 3, 19)).isEqualTo(sample);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
