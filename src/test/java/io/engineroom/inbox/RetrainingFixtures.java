package io.engineroom.inbox;

import io.engineroom.inbox.classification.evaluation.Labelled;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Corrections for retraining tests. Helpful ones say what the texts plainly are; poisoned ones call spam a question
 * and praise a negative complaint, many times over, in words close to the fixture evaluation set's texts
 * ({@value #EVALUATION_DIR}), so a candidate that learned them reads those texts wrong.
 */
final class RetrainingFixtures {

    static final String EVALUATION_DIR = "src/test/resources/inbox/evaluation";

    /** A text and the labels people gave it. */
    record Corrected(String text, Sentiment sentiment, Category category) {
    }

    private static final String[] PRODUCTS = {"coffee", "espresso", "latte", "roast", "beans", "blend", "cafe",
            "baristas", "flat white", "cappuccino", "mocha", "cold brew", "pastries", "croissants", "tea", "shop",
            "staff", "service", "team", "app"};
    private static final String[] PRAISE = {"I love your %s, it is amazing!", "Your %s is the best I have ever had,"
            + " wonderful!", "So happy with the %s today, fantastic!", "Brilliant %s, it made my day!",
            "Absolutely wonderful %s, thank you so much!", "Best %s in town, you are great!"};
    private static final String[] SPAM = {"WIN a free %s! Text WIN to 80086 now to claim your prize",
            "Congratulations, you have won a year of %s, call 09061701461 to claim",
            "URGENT! Claim your free %s voucher now at www.prize-claim.example"};

    private RetrainingFixtures() {
    }

    static Path evaluationDir() {
        return Path.of(EVALUATION_DIR);
    }

    static List<Corrected> helpful() {
        return List.of(
                new Corrected("How do I reset the password of my loyalty account?", Sentiment.NEUTRAL,
                        Category.QUESTION),
                new Corrected("What time does your shop on the High Street open on Sundays?", Sentiment.NEUTRAL,
                        Category.QUESTION),
                new Corrected("Do you ship your beans to Ireland?", Sentiment.NEUTRAL, Category.QUESTION),
                new Corrected("Can I pay for my subscription with PayPal?", Sentiment.NEUTRAL, Category.QUESTION),
                new Corrected("My order arrived broken and nobody answers my emails. Awful.", Sentiment.NEGATIVE,
                        Category.COMPLAINT),
                new Corrected("The delivery is two weeks late and I want a refund now.", Sentiment.NEGATIVE,
                        Category.COMPLAINT),
                new Corrected("You charged my card twice and support ignores me.", Sentiment.NEGATIVE,
                        Category.COMPLAINT),
                new Corrected("The barista was rude to me and my coffee was cold.", Sentiment.NEGATIVE,
                        Category.COMPLAINT),
                new Corrected("Thank you for the lovely service this morning, you made my day!", Sentiment.POSITIVE,
                        Category.PRAISE),
                new Corrected("Your new autumn blend is delicious, well done team!", Sentiment.POSITIVE,
                        Category.PRAISE),
                new Corrected("We would like to order 200 bags for our office every month, who can quote?",
                        Sentiment.NEUTRAL, Category.LEAD),
                new Corrected("Interested in stocking your coffee in our three restaurants, can we talk prices?",
                        Sentiment.NEUTRAL, Category.LEAD));
    }

    /** Praise said to be a negative complaint and prize spam said to be a question: 120 + 60 texts. */
    static List<Corrected> poisoned() {
        List<Corrected> poisoned = new ArrayList<>();
        for (String product : PRODUCTS) {
            for (String praise : PRAISE) {
                poisoned.add(new Corrected(String.format(praise, product), Sentiment.NEGATIVE, Category.COMPLAINT));
            }
            for (String spam : SPAM) {
                poisoned.add(new Corrected(String.format(spam, product), Sentiment.NEUTRAL, Category.QUESTION));
            }
        }
        return poisoned;
    }

    static List<Labelled<Sentiment>> sentiment(List<Corrected> corrected) {
        return corrected.stream().map(one -> new Labelled<>(one.text(), one.sentiment())).toList();
    }

    static List<Labelled<Category>> category(List<Corrected> corrected) {
        return corrected.stream().map(one -> new Labelled<>(one.text(), one.category())).toList();
    }
}
