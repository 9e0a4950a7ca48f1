package io.engineroom.inbox;

import org.springframework.stereotype.Service;

/**
 * The inbox's classifier for text that is not an interaction (a public post found by listening): the same model
 * and the same reading as the intake's, so a "negative" mention means what a negative interaction means.
 * Holds no state; safe from any thread.
 */
@Service
public class TextSentiment {

    private final InteractionClassifier classifier;

    TextSentiment(InteractionClassifier classifier) {
        this.classifier = classifier;
    }

    /** The text's classification; never fails on odd input (see {@link InteractionClassifier#classify}). */
    public Classification classify(String text) {
        return classifier.classify(text);
    }
}
