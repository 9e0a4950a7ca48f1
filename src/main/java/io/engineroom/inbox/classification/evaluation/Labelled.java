package io.engineroom.inbox.classification.evaluation;

/** A text from a public labelled set and the label it maps to, for a {@link ConfusionMatrix}. */
public record Labelled<L extends Enum<L>>(String text, L label) {
}
