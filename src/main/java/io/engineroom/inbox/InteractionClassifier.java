package io.engineroom.inbox;

import org.springframework.stereotype.Service;

/** PLACEHOLDER until helper-cls merges (theirs wins). */
@Service
public class InteractionClassifier {

    public Classification classify(String text) {
        boolean negative = text.toLowerCase().contains("not") || text.toLowerCase().contains("broken");
        return new Classification(negative ? Sentiment.NEGATIVE : Sentiment.NEUTRAL, negative ? -0.6 : 0, 0.5,
                text.contains("?") ? Category.QUESTION : negative ? Category.COMPLAINT : Category.PRAISE, 0.5, "placeholder");
    }
}
