package io.engineroom.workflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a Camunda Form (form-js JSON) into a {@link FormSchema}. */
public final class FormSchemaParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Components that only lay out or submit; Engine Room's task page brings its own buttons. */
    private static final Set<String> LAYOUT = Set.of("spacer", "separator", "button");
    private static final Set<String> CONTAINERS = Set.of("group", "dynamiclist");

    private FormSchemaParser() {
    }

    public static FormSchema parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
        }
        List<FormField> fields = new ArrayList<>();
        collect(root.path("components"), fields);
        return new FormSchema(text(root, "id"), List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<FormField> into) {
        for (JsonNode component : components) {
            String type = text(component, "type");
            if (CONTAINERS.contains(type)) {
                collect(component.path("components"), into);
            } else if (type != null && !LAYOUT.contains(type)) {
                into.add(field(component, type));
            }
        }
    }

    private static FormField field(JsonNode node, String type) {
        JsonNode validate = node.path("validate");
        FieldValidation validation = validate.isObject()
                ? new FieldValidation(validate.path("required").asBoolean(false), integer(validate, "minLength"),
                        integer(validate, "maxLength"), text(validate, "pattern"), number(validate, "min"),
                        number(validate, "max"), text(validate, "validationType"))
                : FieldValidation.NONE;
        List<FormField.Option> options = new ArrayList<>();
        node.path("values").forEach(option -> options.add(
                new FormField.Option(option.path("label").asText(option.path("value").asText()),
                        option.path("value").asText())));
        JsonNode defaultValue = node.get("defaultValue");
        return new FormField(text(node, "id"), type, text(node, "key"), label(node, type),
                text(node, "description"), defaultValue == null || defaultValue.isNull() ? null
                        : JSON.convertValue(defaultValue, Object.class),
                node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false), validation,
                List.copyOf(options), text(node, "subtype"), integer(node, "decimalDigits"), text(node, "text"),
                text(node.path("conditional"), "hide"));
    }

    /** form-js datetime fields have no label, but a dateLabel and a timeLabel (the one shown first is used). */
    private static String label(JsonNode node, String type) {
        String label = text(node, "label");
        if (label != null || !FieldType.DATETIME.equals(type)) {
            return label;
        }
        return "time".equals(text(node, "subtype")) ? text(node, "timeLabel") : text(node, "dateLabel");
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }

    private static Double number(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
