package io.engineroom.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingLeakageTest {

    @TempDir
    Path dir;

    @Test
    void anEvaluationTextThatIsATrainingTextWithOtherCapitalsOrSpacingIsCaught() throws Exception {
        Files.writeString(dir.resolve("category-training.csv"), """
                text,category
                "Where is my order, please?",QUESTION
                Love the new menu,PRAISE
                """);
        Files.writeString(dir.resolve("sentiment-training.csv"), "label,text\nPOSITIVE,What a lovely day\n");

        TrainingLeakage training = TrainingLeakage.of(dir);

        assertThat(training.files()).hasSize(2);
        assertThat(training.leaked(List.of("WHERE is my  order,\tplease?", "Where is my parcel?",
                "what a lovely day"))).containsExactly("WHERE is my  order,\tplease?", "what a lovely day");
    }

    @Test
    void withoutATextColumnTheFirstColumnIsTheText() throws Exception {
        Files.writeString(dir.resolve("corpus.csv"), "message,label\nBuy cheap followers now,SPAM\n");

        assertThat(TrainingLeakage.of(dir).leaked(List.of("buy cheap followers now"))).hasSize(1);
    }

    @Test
    void nothingToCompareAgainstFailsInsteadOfPassing() throws Exception {
        assertThatThrownBy(() -> TrainingLeakage.of(dir.resolve("absent"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot check the evaluation sets for leakage");
        Files.writeString(dir.resolve("lexicon.tsv"), "good\t2\n");
        assertThatThrownBy(() -> TrainingLeakage.of(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No training CSV");
    }

    @Test
    void theShippedTrainingFilesAreRead() throws Exception {
        TrainingLeakage shipped = TrainingLeakage.of(Path.of("src/main/resources/inbox"));

        assertThat(shipped.size()).isGreaterThan(100);
        assertThat(shipped.leaked(List.of(shipped.texts().get(0)))).hasSize(1);
    }
}
