package io.engineroom.inbox;

/** What an interaction is, for routing: each category has its own queue and response target in the SLA policy. */
public enum Category {
    QUESTION("Question"),
    COMPLAINT("Complaint"),
    PRAISE("Praise"),
    LEAD("Sales lead"),
    SPAM("Spam"),
    OFFENSIVE("Offensive");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
