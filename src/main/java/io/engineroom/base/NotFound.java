package io.engineroom.base;

/**
 * The one "not found" of Engine Room: the record asked for does not exist, or is not the caller's to see (then the
 * answer is the same, so ids of other brands are not confirmed). It is an {@link InvalidInput} of the field that
 * named the record, so a screen shows it next to that field (or as a plain message) as it did before; an HTTP API
 * answers it with 404 as an RFC 9457 problem. Nothing was written when this is thrown.
 */
public class NotFound extends InvalidInput {

    /** @param message what was not found, for people: "No content item 42" */
    public NotFound(String field, String message) {
        super(field, message);
    }
}
