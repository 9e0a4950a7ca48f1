package io.engineroom.workflow.forms;

/** A field's {@code validate} block in form-js: all optional. */
public record FieldValidation(boolean required, Integer minLength, Integer maxLength, String pattern, Double min,
        Double max, String validationType) {

    static final FieldValidation NONE = new FieldValidation(false, null, null, null, null, null, null);
}
