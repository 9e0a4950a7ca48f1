package io.engineroom.listening;

/** What a tracked term is, which says where it is looked for. */
public enum TermKind {
    /** Words looked for in the text of the public timeline's posts. */
    KEYWORD("Keyword"),
    /** A hashtag (stored without '#'), read from its own timeline. */
    HASHTAG("Hashtag"),
    /** An account (user@server), whose own posts are read: a competitor's voice. */
    ACCOUNT("Account");

    private final String label;

    TermKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
