package io.engineroom.community;

/** Where a request to repost someone's post stands; only {@link #YES} lets a repost be published. */
public enum UgcState {
    /** Started: the author has not been asked yet. */
    TO_ASK("To ask"),
    /** Asked: waiting for the author's answer. */
    ASKED("Asked"),
    YES("Yes"),
    NO("No"),
    /** The author took a yes back: nothing more is published under it. */
    WITHDRAWN("Withdrawn");

    private final String label;

    UgcState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
