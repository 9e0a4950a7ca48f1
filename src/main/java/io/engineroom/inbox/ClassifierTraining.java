package io.engineroom.inbox;

import java.time.Instant;
import java.util.List;

/**
 * One retraining of the classifier's heads, as the admin screen lists it.
 *
 * @param model           the candidate's model version, as interactions record it
 * @param previousModel   the model active when it was trained: the "before" of its figures
 * @param evaluationNote  what was not available to grade on (no evaluation set, files missing), or null
 * @param outcome         why it was activated, or why the old model was kept
 */
public record ClassifierTraining(String model, Instant trainedAt, String trainedBy, String previousModel,
        int shippedSentiment, int shippedCategory, int correctedSentiment, int correctedCategory,
        int heldOutSentiment, int heldOutCategory, List<ClassifierFigure> figures, String evaluationNote,
        boolean activated, String outcome) {

    public ClassifierTraining {
        figures = List.copyOf(figures);
    }
}
