package io.engineroom.assist;

/**
 * No draft this time: the endpoint timed out, refused or could not be reached. The message is for the person, shown
 * next to the field; it never carries the endpoint's key or its raw answer.
 */
public class DraftUnavailable extends RuntimeException {

    private final SuggestionOutcome outcome;

    public DraftUnavailable(SuggestionOutcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    public SuggestionOutcome outcome() {
        return outcome;
    }
}
