package io.engineroom.listening;

/**
 * One thing a brand tracks.
 *
 * @param competitor the competitor it stands for, or null when it is the brand's own (its name, its hashtag)
 */
public record TrackedTerm(long id, String brandId, TermKind kind, String term, String competitor) {

    public boolean own() {
        return competitor == null;
    }

    /** As a person reads it: "#coffee", "@rival@coffee.social", "bean and leaf". */
    public String shown() {
        return switch (kind) {
            case HASHTAG -> "#" + term;
            case ACCOUNT -> "@" + term;
            case KEYWORD -> term;
        };
    }
}
