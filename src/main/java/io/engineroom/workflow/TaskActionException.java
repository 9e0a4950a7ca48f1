package io.engineroom.workflow;

import java.util.Map;

/** A task action that was refused; the message is meant for the person who tried it. */
public class TaskActionException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public TaskActionException(String message) {
        this(message, Map.of());
    }

    public TaskActionException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Problems by form field key, when the refusal is about entered values. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
