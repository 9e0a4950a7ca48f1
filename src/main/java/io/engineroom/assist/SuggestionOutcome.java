package io.engineroom.assist;

/** What came back from the chat endpoint for one request. */
public enum SuggestionOutcome {
    /** A text the person got as a starting point. */
    DRAFTED,
    /** No answer within the timeout. */
    TIMED_OUT,
    /** The endpoint said no: an HTTP error, a content filter, or an empty answer. */
    REFUSED,
    /** The endpoint could not be reached at all. */
    FAILED
}
