package io.engineroom.inbox.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.inbox.Category;
import io.engineroom.inbox.Classification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The category head on messages it was not trained on: a held-out set written apart from the training corpus
 * (src/test/resources/inbox/category-test.csv). Prints the confusion matrix so a change to the corpus or the
 * features shows where it helps or hurts. Its author also wrote the training corpus, so its figure flatters the
 * model: the honest figure is the benchmark's, on public data nobody here wrote.
 */
class CategoryAccuracyTest {

    static TextClassifier classifier;
    static List<LabelledText> heldOut;

    @BeforeAll
    static void load() {
        classifier = TextClassifier.loadDefault(new SentenceEmbeddings());
        heldOut = LabelledText.readResource("/inbox/category-test.csv");
    }

    @Test
    void heldOutSetHasEnoughOfEveryCategoryAndNoneFromTraining() {
        Map<Category, Long> perCategory = heldOut.stream()
                .collect(Collectors.groupingBy(LabelledText::category, Collectors.counting()));
        assertThat(perCategory).hasSize(Category.modelled().length);
        assertThat(perCategory.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(15));
        Set<String> training = LabelledText.readResource(HeadTraining.CATEGORY_CORPUS).stream()
                .map(example -> Tokenizer.fold(example.text().strip())).collect(Collectors.toSet());
        assertThat(heldOut).noneMatch(example -> training.contains(Tokenizer.fold(example.text().strip())));
    }

    @Test
    void trainingCorpusHasAtLeastSixtyExamplesPerCategory() {
        Map<Category, Long> perCategory = LabelledText.readResource(HeadTraining.CATEGORY_CORPUS).stream()
                .collect(Collectors.groupingBy(LabelledText::category, Collectors.counting()));
        assertThat(perCategory).hasSize(Category.modelled().length);
        assertThat(perCategory.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(60));
    }

    @Test
    void classifiesAtLeastNineInTenHeldOutMessagesCorrectly() {
        int n = Category.modelled().length;
        int[][] confusion = new int[n][n];
        int correct = 0;
        for (LabelledText example : heldOut) {
            Category predicted = classifier.classify(example.text()).category();
            confusion[example.category().ordinal()][predicted.ordinal()]++;
            if (predicted == example.category()) {
                correct++;
            } else {
                System.out.printf("  missed: %-9s as %-9s  %s%n", example.category(), predicted, example.text());
            }
        }
        double accuracy = (double) correct / heldOut.size();
        System.out.println(confusionMatrix(confusion));
        System.out.printf("Held-out accuracy (%s): %d/%d = %.3f%n", TextClassifier.MODEL, correct,
                heldOut.size(), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void confidenceIsAProbabilityForEveryMessage() {
        for (LabelledText example : heldOut) {
            Classification result = classifier.classify(example.text());
            assertThat(result.categoryConfidence()).isBetween(0.0, 1.0);
            assertThat(result.categoryConfidence()).isGreaterThanOrEqualTo(1.0 / Category.modelled().length);
        }
    }

    @Test
    void confidenceIsHigherOnClearMessagesThanOnAmbiguousOnes() {
        Map<String, String> clearVersusAmbiguous = Map.of(
                "Shut up you stupid idiots, you are all clowns", "ok",
                "Get 10k followers now, DM me, link in bio 👉 boostfollows.xyz", "check this out",
                "Thank you so much, the staff were wonderful and the food was amazing ❤️", "the staff",
                "Can I get a quote for 200 branded mugs? We want to buy this month", "mugs",
                "What time does the Leeds store open on Sunday?", "Sunday");
        clearVersusAmbiguous.forEach((clear, ambiguous) -> assertThat(
                classifier.classify(clear).categoryConfidence())
                .as("'%s' is clearer than '%s'", clear, ambiguous)
                .isGreaterThan(classifier.classify(ambiguous).categoryConfidence()));
    }

    @Test
    void clearMessagesGetTheirCategoryWithHighConfidence() {
        Map<String, Category> clear = Map.of(
                "You are pathetic morons and idiots", Category.OFFENSIVE,
                "Earn $500 a day with crypto, DM me 👉 bit.ly/cash", Category.SPAM,
                "My parcel never arrived and nobody answers, terrible service", Category.COMPLAINT,
                "Thank you, amazing service as always! 😍", Category.PRAISE,
                "How much is the enterprise plan for 50 seats? We'd like to buy", Category.LEAD,
                "Do you deliver on Sundays?", Category.QUESTION);
        clear.forEach((text, category) -> {
            Classification result = classifier.classify(text);
            assertThat(result.category()).as(text).isEqualTo(category);
            assertThat(result.categoryConfidence()).as(text).isGreaterThan(0.6);
        });
    }

    private static String confusionMatrix(int[][] confusion) {
        StringBuilder table = new StringBuilder("Confusion matrix (rows: labelled, columns: predicted)\n");
        table.append(String.format("%-10s", ""));
        for (Category category : Category.modelled()) {
            table.append(String.format("%10s", category.name()));
        }
        table.append('\n');
        for (Category labelled : Category.modelled()) {
            table.append(String.format("%-10s", labelled.name()));
            for (Category predicted : Category.modelled()) {
                table.append(String.format("%10d", confusion[labelled.ordinal()][predicted.ordinal()]));
            }
            table.append('\n');
        }
        return table.toString();
    }
}
