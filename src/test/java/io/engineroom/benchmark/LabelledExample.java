package io.engineroom.benchmark;

/** A text from a public labelled set and the label it maps to, for a {@link ConfusionMatrix}. */
record LabelledExample<L extends Enum<L>>(String text, L label) {
}
