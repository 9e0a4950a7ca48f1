package io.engineroom.workflow.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed Camunda Form: its id and its components in display order (groups flattened). */
public record FormSchema(String id, List<FormField> fields) {

    public static final FormSchema EMPTY = new FormSchema(null, List.of());

    public Optional<FormField> field(String key) {
        return fields.stream().filter(field -> key.equals(field.key())).findFirst();
    }

    /** Whether the field is shown, given the values entered so far. */
    public boolean isShown(FormField field, Map<String, Object> values) {
        return !HideCondition.parse(field.hideIf()).hides(values);
    }
}
