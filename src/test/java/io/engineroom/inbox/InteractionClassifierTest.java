package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.classification.LanguageDetector;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.classification.TextClassifier;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The service the inbox calls: any text in, a complete classification out, the same every time. */
class InteractionClassifierTest {

    static SentenceEmbeddings embeddings;
    static InteractionClassifier classifier;

    @BeforeAll
    static void load() {
        embeddings = new SentenceEmbeddings();
        classifier = new InteractionClassifier(embeddings);
    }

    @Test
    void classifiesSentimentAndCategoryTogether() {
        Classification result = classifier.classify("Still waiting for my refund after six weeks, really annoyed");
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(result.sentimentScore()).isLessThan(0);
        assertThat(result.category()).isEqualTo(Category.COMPLAINT);
        assertThat(result.model()).isEqualTo(TextClassifier.MODEL);
    }

    @Test
    void englishIsClassifiedAndKeepsItsLanguage() {
        Classification result = classifier.classify("Do you deliver on Sundays?");
        assertThat(result.category()).isEqualTo(Category.QUESTION);
        assertThat(result.language()).isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mi pedido no ha llegado y nadie responde, pésimo servicio | es",
        "Meine Bestellung ist immer noch nicht angekommen, sehr enttäuschend | de"})
    void anotherLanguageIsUnclassifiedWithItsLanguageAndNothingGuessed(String text, String code) {
        Classification result = classifier.classify(text);
        assertThat(result.category()).isEqualTo(Category.UNCLASSIFIED);
        assertThat(result.categoryConfidence()).isZero();
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(result.sentimentScore()).isZero();
        assertThat(result.sentimentConfidence()).isZero();
        assertThat(result.language()).isEqualTo(code);
        assertThat(result.model()).isEqualTo(LanguageDetector.MODEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "Thanks!", "Danke!"})
    void aShortTextIsClassifiedRatherThanGuessedAsAnotherLanguage(String text) {
        Classification result = classifier.classify(text);
        assertThat(result.category()).isNotEqualTo(Category.UNCLASSIFIED);
        assertThat(result.language()).isNull();
        assertThat(result.model()).isEqualTo(TextClassifier.MODEL);
    }

    @Test
    void sameTextGivesTheSameResult() {
        String text = "Is the blue jacket back in stock? Love your shop 😍";
        Classification first = classifier.classify(text);
        for (int i = 0; i < 20; i++) {
            assertThat(classifier.classify(text)).isEqualTo(first);
        }
        // and after a restart, with the embedding model loaded again
        assertThat(new InteractionClassifier(new SentenceEmbeddings()).classify(text)).isEqualTo(first);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", "\u200B\u200B"})
    void emptyTextIsNeutralAndDoubtful(String text) {
        Classification result = classifier.classify(text);
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(result.sentimentScore()).isZero();
        assertThat(result.categoryConfidence()).isLessThan(0.5);
    }

    @Test
    void hugeTextIsReadOnlyAsFarAsTheCap() {
        String opening = "Terrible service, my order never arrived. ";
        String huge = opening + "x".repeat(TextClassifier.MAX_ANALYSED_CHARS) + " wonderful amazing ".repeat(50_000);
        Classification result = classifier.classify(huge);
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void confidencesAndScoreStayInRange() {
        for (String text : List.of("?", "!!!", "a", "😀😀😀", "http://x.io", "@someone", "#tag", "12345")) {
            Classification result = classifier.classify(text);
            assertThat(result.sentimentScore()).isBetween(-1.0, 1.0);
            assertThat(result.sentimentConfidence()).isBetween(0.0, 1.0);
            assertThat(result.categoryConfidence()).isBetween(0.0, 1.0);
        }
    }

    /**
     * Not a timed assertion (the build machine is shared; the targets are checked by the benchmarks); prints the
     * cost of a call for the record. Few calls: each one runs the embedding model.
     */
    @Test
    void printsTheTimePerCall() {
        List<String> texts = List.of("Do you ship to Canada?", "Worst airline ever, lost my bag again 😡",
                "Thanks for the quick fix, you're the best!", "Earn $500/day, DM me 👉 bit.ly/x",
                "How much for 40 licences for our team?", "Shut up you clowns");
        for (int i = 0; i < 60; i++) {
            classifier.classify(texts.get(i % texts.size())); // warm up the JIT
        }
        int calls = 300;
        long start = System.nanoTime();
        int negative = 0;
        for (int i = 0; i < calls; i++) {
            negative += classifier.classify(texts.get(i % texts.size())).sentiment() == Sentiment.NEGATIVE ? 1 : 0;
        }
        double microsPerCall = (System.nanoTime() - start) / 1_000.0 / calls;
        System.out.printf("Classification: %.0f µs per tweet-sized call (%d calls)%n", microsPerCall, calls);
        assertThat(negative).isPositive();
    }
}
