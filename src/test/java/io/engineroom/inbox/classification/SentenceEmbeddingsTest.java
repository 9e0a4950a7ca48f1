package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model runs offline in-process and places texts that mean alike closer than unrelated ones. */
class SentenceEmbeddingsTest {

    static SentenceEmbeddings embeddings;

    @BeforeAll
    static void loadTheModel() {
        embeddings = new SentenceEmbeddings();
    }

    @Test
    void theModelOnTheCallingThreadEmbedsBitForBitAsTheLibrarysOwnClassDoes() {
        var library = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var ours = new QuantizedMiniLm();
        for (String text : List.of("When does the branch open on Saturday?", "worst. service. ever. 😡 @acme",
                "Das Paket ist nicht angekommen", "a", "Your new oat latte is lovely. ".repeat(12))) {
            assertThat(ours.embed(text).content().vector()).as(text)
                    .containsExactly(library.embed(text).content().vector());
        }
    }

    @Test
    void anEmbeddingHasTheModelsDimensionsAndUnitLength() {
        float[] vector = embeddings.embed("When does the branch open on Saturday?");

        assertThat(vector).hasSize(SentenceEmbeddings.DIMENSIONS);
        assertThat(SentenceEmbeddings.similarity(vector, vector)).isCloseTo(1.0, within(1e-5));
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void textsThatMeanAlikeLieCloserThanUnrelatedOnes() {
        float[] hours = embeddings.embed("What time do you open on Saturdays?");
        float[] sameQuestion = embeddings.embed("Are you open at the weekend, and from when?");
        float[] unrelated = embeddings.embed("My card was charged twice for one coffee.");

        assertThat(SentenceEmbeddings.similarity(hours, sameQuestion))
                .isGreaterThan(SentenceEmbeddings.similarity(hours, unrelated) + 0.1);
    }

    @Test
    void theSameTextGetsTheSameEmbeddingAndALongOneOnlyItsBeginningRead() {
        String start = "Your new oat latte is lovely. ";
        String longText = start + "x ".repeat(SentenceEmbeddings.MAX_CHARS);

        assertThat(embeddings.embed(start)).containsExactly(embeddings.embed(start));
        assertThat(SentenceEmbeddings.similarity(embeddings.embed(longText),
                embeddings.embed(longText.substring(0, SentenceEmbeddings.MAX_CHARS)))).isCloseTo(1.0, within(1e-5));
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    }

    @Test
    void aBlankTextIsEmbeddedAndEmbeddingsOfOtherSizesAreNotCompared() {
        assertThat(embeddings.embed("  ")).hasSize(SentenceEmbeddings.DIMENSIONS).containsOnly(0f);
        assertThat(embeddings.embed(null)).hasSize(SentenceEmbeddings.DIMENSIONS).containsOnly(0f);
        assertThat(SentenceEmbeddings.similarity(embeddings.embed(""), embeddings.embed("Hello"))).isZero();
        assertThatThrownBy(() -> SentenceEmbeddings.similarity(new float[2], new float[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 3");
    }
}
