package io.engineroom.inbox;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whether a retrained candidate replaces the active model: only if it is not worse on every measure there was
 * something to take it on (within {@link ClassifierFigure#TOLERANCE}). With no measure at all there is no evidence
 * either way, and the model in use stays.
 */
final class NotWorseRule {

    record Decision(boolean activate, String reason) {
    }

    private NotWorseRule() {
    }

    static Decision decide(List<ClassifierFigure> figures) {
        List<ClassifierFigure> taken = figures.stream().filter(figure -> figure.examples() > 0).toList();
        if (taken.isEmpty()) {
            return new Decision(false, "Kept the old model: nothing to grade the candidate on (no evaluation set"
                    + " and no held-out corrections)");
        }
        List<ClassifierFigure> worse = taken.stream().filter(figure -> !figure.notWorse()).toList();
        if (worse.isEmpty()) {
            return new Decision(true, "Activated: not worse on any of " + taken.size() + " measures");
        }
        return new Decision(false, "Kept the old model: the candidate is worse on " + worse.stream()
                .map(figure -> String.format(Locale.ROOT, "%s (%.3f, was %.3f)", figure.measure(), figure.after(),
                        figure.before()))
                .collect(Collectors.joining("; ")));
    }
}
