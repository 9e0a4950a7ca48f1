package io.engineroom.inbox;

/** How an interaction sounds: the tone a community manager reads before answering. */
public enum Sentiment {
    NEGATIVE("Negative"),
    NEUTRAL("Neutral"),
    POSITIVE("Positive");

    private final String label;

    Sentiment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
