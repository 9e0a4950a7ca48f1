package io.engineroom.brand;

/**
 * How many emoji a brand's texts may carry: none, a few (up to the guide's maximum), or as many as the writer likes.
 */
public enum EmojiPolicy {
    NONE("No emoji"),
    SPARINGLY("Sparingly (up to a maximum)"),
    FREE("Free");

    private final String label;

    EmojiPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
