package io.engineroom.workflow.forms;

import java.util.List;

/**
 * One component of a Camunda Form (form-js schema), with the properties Engine Room renders and validates.
 *
 * @param type form-js component type: textfield, textarea, number, checkbox, select, radio, datetime, text
 * @param subtype for datetime: date, time or datetime
 * @param hideIf the FEEL condition under which form-js hides the field ({@code conditional.hide}), or null
 */
public record FormField(String id, String type, String key, String label, String description, Object defaultValue,
        boolean readonly, FieldValidation validation, List<Option> options, String subtype, Integer decimalDigits,
        String text, String hideIf) {

    public record Option(String label, String value) {
    }

    /** Fields that take a value from the person (all but static text and layout). */
    public boolean isInput() {
        return key != null && !key.isBlank() && FieldType.isInput(type);
    }

    /** Fields whose value is submitted: input fields that are not read-only. */
    public boolean isSubmitted() {
        return isInput() && !readonly;
    }

    public String labelOrKey() {
        return label == null || label.isBlank() ? key : label;
    }
}
