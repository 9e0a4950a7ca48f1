package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import io.engineroom.inbox.Sentiment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole pipeline (embedding, lexicon, heads) pinned on small messages written for this test, in none of the
 * corpora: clear cases a team would expect any model to get right.
 */
class TextClassifierTest {

    static TextClassifier classifier;

    @BeforeAll
    static void load() {
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        long start = System.nanoTime();
        classifier = TextClassifier.loadDefault(embeddings);
        // for the record (start-up is measured by the benchmarks): the lexicon and the heads, not the model
        System.out.printf("Lexicon and heads read in %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            I was charged twice for one order and nobody answers my emails. Really angry. | NEGATIVE | COMPLAINT
            The delivery came a week late and the box was crushed                        | NEGATIVE | COMPLAINT
            Does the Bristol shop sell gift cards?                                        | NEUTRAL  | QUESTION
            What are your opening hours on bank holidays?                                 | NEUTRAL  | QUESTION
            The staff at your Bath café were wonderful today, thank you!                  | POSITIVE | PRAISE
            We would like a quote for 300 branded notebooks for our staff conference      | NEUTRAL  | LEAD
            You are a bunch of useless idiots                                             | NEGATIVE | OFFENSIVE
            """)
    void clearMessagesGetTheirToneAndCategory(String text, Sentiment sentiment, Category category) {
        Classification result = classifier.classify(text);
        assertThat(result.sentiment()).isEqualTo(sentiment);
        assertThat(result.category()).isEqualTo(category);
        assertThat(result.model()).isEqualTo(TextClassifier.MODEL).isEqualTo("all-minilm-l6-v2-q+heads-v2");
    }

    @Test
    void askingWhereAProductIsSoldIsAQuestionAndAskingToBuyInQuantityALead() {
        // a lead goes to the social manager, a question to the community managers: the line matters for routing
        assertThat(classifier.classify("Is the winter blend also sold as whole beans in the shops?").category())
                .isEqualTo(Category.QUESTION);
        assertThat(classifier.classify("We want to order 40 kg of beans for our office, who do I talk to?")
                .category()).isEqualTo(Category.LEAD);
    }

    @Test
    void spamWithALinkIsSpam() {
        assertThat(classifier.classify("Win a free phone today!! Claim it here 👉 bit.ly/fr33-phone").category())
                .isEqualTo(Category.SPAM);
    }

    @Test
    void theScoreIsTheBalanceOfPositiveOverNegative() {
        Classification complaint = classifier.classify("Terrible service, my order never arrived and nobody cares");
        Classification praise = classifier.classify("Thank you, the new menu is delicious and the staff lovely");
        Classification question = classifier.classify("Is the Leeds store open on Sunday?");
        assertThat(complaint.sentimentScore()).isLessThan(-0.5);
        assertThat(praise.sentimentScore()).isGreaterThan(0.5);
        assertThat(question.sentimentScore()).isBetween(-0.5, 0.5);
        assertThat(complaint.sentimentConfidence()).isGreaterThan(0.5);
    }

    @Test
    void emojiAloneCarryTheirToneThroughTheLexicon() {
        // the embedding model's vocabulary hardly knows emoji; the lexicon's score, one of the features, does
        assertThat(classifier.classify("😡😡😡").sentimentScore())
                .isLessThan(classifier.classify("😍😍😍").sentimentScore());
    }

    @Test
    void aMessageWithNothingToReadIsNeutralAndDoubtful() {
        Classification result = classifier.classify("\u200B");
        assertThat(result.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(result.sentimentScore()).isZero();
        assertThat(result.categoryConfidence()).isLessThan(0.5);
    }
}
