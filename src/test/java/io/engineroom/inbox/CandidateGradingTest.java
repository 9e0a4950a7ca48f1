package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.classification.HeadRetraining;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import io.engineroom.inbox.classification.TextClassifier;
import io.engineroom.inbox.classification.evaluation.EvaluationSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Candidates trained on the shipped examples plus corrections, graded against the shipped model on the fixture
 * evaluation set the way an admin's retraining grades them: helpful corrections are not worse, poisoned ones are,
 * and the rule keeps the old model then. No application: the model alone, so it runs in seconds.
 */
class CandidateGradingTest {

    static SentenceEmbeddings embeddings;
    static HeadRetraining retraining;
    static TextClassifier shipped;
    static EvaluationSet evaluation;

    @BeforeAll
    static void theModelAndTheFixtureEvaluationSet() throws Exception {
        embeddings = new SentenceEmbeddings();
        retraining = new HeadRetraining(embeddings);
        shipped = TextClassifier.loadDefault(embeddings);
        evaluation = EvaluationSet.read(RetrainingFixtures.evaluationDir(), 500);
    }

    @Test
    void theFixtureEvaluationSetIsReadWhole() {
        assertThat(evaluation.missing()).isEmpty();
        assertThat(evaluation.sentiment()).hasSize(13);
        assertThat(evaluation.category()).hasSize(18);
    }

    @Test
    void aCandidateTrainedOnHelpfulCorrectionsIsNotWorseAndIsNamedByItsVersion() {
        var helpful = RetrainingFixtures.helpful();
        var candidate = retraining.train("heads-r9", RetrainingFixtures.sentiment(helpful),
                RetrainingFixtures.category(helpful), (what, done, total) -> { });

        List<ClassifierFigure> figures = graded(candidate.classifier());

        assertThat(candidate.classifier().model()).isEqualTo(SentenceEmbeddings.MODEL + "+heads-r9");
        assertThat(candidate.correctedSentiment()).isEqualTo(12);
        assertThat(candidate.shippedSentiment()).isPositive();
        assertThat(figures).hasSize(4).allMatch(ClassifierFigure::notWorse);
        assertThat(NotWorseRule.decide(figures).activate()).isTrue();
    }

    @Test
    void aCandidateTrainedOnPraiseCalledComplaintIsWorseOnTheEvaluationSetAndNotActivated() {
        // the sentiment head barely moves (the lexicon's score weighs in); the category head learns that prize spam
        // is a question, and misreads the evaluation set's spam
        // the half a retraining trains on (the other half grades)
        var all = RetrainingFixtures.poisoned();
        var poisoned = IntStream.range(0, all.size()).filter(i -> i % 2 == 0).mapToObj(all::get)
                .toList();
        var candidate = retraining.train("heads-r10", RetrainingFixtures.sentiment(poisoned),
                RetrainingFixtures.category(poisoned), (what, done, total) -> { });

        List<ClassifierFigure> figures = graded(candidate.classifier());

        NotWorseRule.Decision decision = NotWorseRule.decide(figures);
        assertThat(decision.activate()).isFalse();
        assertThat(decision.reason()).contains("evaluation set category");
    }

    private static List<ClassifierFigure> graded(TextClassifier candidate) {
        List<ClassifierFigure> figures = new ArrayList<>();
        figures.addAll(ClassifierRetraining.figures("evaluation set sentiment", retraining.grade(shipped, candidate,
                evaluation.sentiment(), Sentiment.class, Classification::sentiment, "s", (what, done, total) -> { })));
        figures.addAll(ClassifierRetraining.figures("evaluation set category", retraining.grade(shipped, candidate,
                evaluation.category(), Category.class, Classification::category, "c", (what, done, total) -> { })));
        return figures;
    }
}
