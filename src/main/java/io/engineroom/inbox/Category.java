package io.engineroom.inbox;

/**
 * What an interaction is, for routing: each category has its own queue and response target in the SLA policy.
 * {@link #UNCLASSIFIED} is not something a model predicts: it marks text in a language the models do not read, so a
 * person reads it and sets the category instead of the model guessing. It stays last, so the categories a model
 * predicts keep ordinals 0..n-1 (models index their classes by ordinal).
 */
public enum Category {
    QUESTION("Question"),
    COMPLAINT("Complaint"),
    PRAISE("Praise"),
    LEAD("Sales lead"),
    SPAM("Spam"),
    OFFENSIVE("Offensive"),
    UNCLASSIFIED("Unclassified");

    private static final Category[] MODELLED = {QUESTION, COMPLAINT, PRAISE, LEAD, SPAM, OFFENSIVE};

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The categories a model chooses between, in ordinal order: every category but {@link #UNCLASSIFIED}. */
    public static Category[] modelled() {
        return MODELLED.clone();
    }
}
