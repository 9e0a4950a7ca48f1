package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retrained heads kept in the database as text: what is kept is what is read, checked like the shipped file. */
class HeadsAsTextTest {

    @Test
    void headsKeptAsTextUnderANewNameReadBackTheSame() {
        ClassifierHeads shipped = ClassifierHeads.readResource(ClassifierHeads.DEFAULT_RESOURCE);

        ClassifierHeads read = ClassifierHeads.parse(shipped.named("heads-r7").json(), "heads-r7");

        assertThat(read.version()).isEqualTo("heads-r7");
        assertThat(read.corpora()).isEqualTo(shipped.corpora());
        assertThat(read.sentiment().weights()).isDeepEqualTo(shipped.sentiment().weights());
        double[] x = new double[HeadFeatures.SIZE];
        Arrays.fill(x, 0.05);
        assertThat(read.category().probabilities(x)).containsExactly(shipped.category().probabilities(x));
    }

    @Test
    void textThatIsNoHeadsFileIsRefusedByName() {
        assertThatThrownBy(() -> ClassifierHeads.parse("{\"version\": ", "heads-r3"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("heads-r3 is not a valid heads file");
    }

    @Test
    void onlyHeadsTrainedOnTheCorporaShippedNowCountAsCurrent() {
        ClassifierHeads shipped = ClassifierHeads.readResource(ClassifierHeads.DEFAULT_RESOURCE);
        ClassifierHeads older = new ClassifierHeads("heads-r1", shipped.sentiment(), shipped.category(),
                Map.of("sentiment", "0000", "category", "1111"));
        SentimentScorer lexicon = new SentimentScorer(SentimentLexicon.loadDefault());

        // the embeddings are not read by this check
        assertThat(new TextClassifier(null, lexicon, shipped.named("heads-r2")).trainedOnShippedCorpora()).isTrue();
        assertThat(new TextClassifier(null, lexicon, older).trainedOnShippedCorpora()).isFalse();
        assertThat(new TextClassifier(null, lexicon, older).model()).isEqualTo(SentenceEmbeddings.MODEL + "+heads-r1");
    }
}
