package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Sentiment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heads file: what is written is what is read, and a file that does not fit this code stops the start. */
class ClassifierHeadsTest {

    @TempDir
    Path folder;

    @Test
    void writtenHeadsReadBackTheSame() throws IOException {
        ClassifierHeads heads = new ClassifierHeads("heads-test", head(Sentiment.values(), 1),
                head(Category.modelled(), 2), Map.of("sentiment", "abc", "category", "def"));
        Path file = folder.resolve("model/heads-test.json");
        heads.write(file);
        ClassifierHeads read;
        try (InputStream in = Files.newInputStream(file)) {
            read = ClassifierHeads.read(in, file.toString());
        }
        assertThat(read.version()).isEqualTo("heads-test");
        assertThat(read.corpora()).isEqualTo(heads.corpora());
        assertThat(read.sentiment().weights()).isDeepEqualTo(heads.sentiment().weights());
        assertThat(read.category().biases()).containsExactly(heads.category().biases());
        double[] x = new double[HeadFeatures.SIZE];
        Arrays.fill(x, 0.05);
        assertThat(read.category().probabilities(x)).containsExactly(heads.category().probabilities(x));
    }

    @Test
    void theShippedHeadsLoadAndNameTheirVersion() {
        ClassifierHeads shipped = ClassifierHeads.readResource(ClassifierHeads.DEFAULT_RESOURCE);
        assertThat(shipped.version()).isEqualTo(ClassifierHeads.VERSION);
        assertThat(shipped.sentiment().classes()).containsExactly("NEGATIVE", "NEUTRAL", "POSITIVE");
        assertThat(shipped.category().features()).isEqualTo(HeadFeatures.SIZE);
    }

    @Test
    void headsTrainedOnAnotherEmbeddingModelAreRefused() throws IOException {
        Path file = folder.resolve("heads.json");
        new ClassifierHeads("heads-test", head(Sentiment.values(), 1), head(Category.modelled(), 2), Map.of())
                .write(file);
        String other = Files.readString(file).replace("\"" + SentenceEmbeddings.MODEL + "\"", "\"other-model\"");
        assertThatThrownBy(() -> ClassifierHeads.read(stream(other), "heads.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("heads.json was trained on other features (other-model)")
                .hasMessageContaining("retrain");
    }

    @Test
    void headsWithOtherClassesAreRefused() throws IOException {
        Path file = folder.resolve("heads.json");
        new ClassifierHeads("heads-test", head(Sentiment.values(), 1), head(Category.modelled(), 2), Map.of())
                .write(file);
        String renamed = Files.readString(file).replace("\"SPAM\"", "\"JUNK\"");
        assertThatThrownBy(() -> ClassifierHeads.read(stream(renamed), "heads.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("heads.json is not a valid heads file")
                .hasMessageContaining("JUNK");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> ClassifierHeads.readResource("/inbox/model/nothing.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/inbox/model/nothing.json are not on the class path");
    }

    /** A head of the right shape with made-up, distinct weights. */
    private static LogisticHead head(Enum<?>[] classes, int seed) {
        float[][] weights = new float[classes.length][HeadFeatures.SIZE];
        float[] biases = new float[classes.length];
        for (int c = 0; c < classes.length; c++) {
            for (int j = 0; j < HeadFeatures.SIZE; j++) {
                weights[c][j] = (float) Math.sin(seed * 1000 + c * 397 + j) / 3;
            }
            biases[c] = c * 0.1f - seed;
        }
        List<String> names = Arrays.stream(classes).map(Enum::name).toList();
        return new LogisticHead(names, weights, biases);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
