package io.engineroom.workflow.forms;

import java.util.Set;

/** The form-js component types Engine Room renders. */
public final class FieldType {

    public static final String TEXTFIELD = "textfield";
    public static final String TEXTAREA = "textarea";
    public static final String NUMBER = "number";
    public static final String CHECKBOX = "checkbox";
    public static final String SELECT = "select";
    public static final String RADIO = "radio";
    public static final String DATETIME = "datetime";
    public static final String TEXT = "text";

    private static final Set<String> INPUTS = Set.of(TEXTFIELD, TEXTAREA, NUMBER, CHECKBOX, SELECT, RADIO, DATETIME);

    private FieldType() {
    }

    static boolean isInput(String type) {
        return INPUTS.contains(type);
    }

    public static boolean isSupported(String type) {
        return INPUTS.contains(type) || TEXT.equals(type);
    }
}
