package io.engineroom.workflow.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks entered values against a form's validation rules and turns them into typed process variables. The
 * UI shows the errors next to the fields; the task service checks again before completing, so a rule holds
 * whoever calls.
 */
public final class FormSubmission {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FormSubmission() {
    }

    /** Problems by field key, in form order; empty when the values are acceptable. */
    public static Map<String, String> errors(FormSchema schema, Map<String, Object> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            if (field.isSubmitted() && schema.isShown(field, values)) {
                String problem = problem(field, values.get(field.key()));
                if (problem != null) {
                    errors.put(field.key(), problem);
                }
            }
        }
        return errors;
    }

    /**
     * Submitted keys that are not editable fields of this form, each with why it is refused. A submission sets
     * only its own form's fields: a key such as {@code regulated}, or a read-only field's key, would otherwise
     * rewrite a fact a later step of the SOP decides on, so the whole submission is refused and nothing is set.
     */
    public static Map<String, String> undeclared(FormSchema schema, Map<String, Object> submitted) {
        Map<String, String> refused = new LinkedHashMap<>();
        for (String key : submitted.keySet()) {
            var field = schema.fields().stream().filter(candidate -> key.equals(candidate.key())).findFirst();
            if (field.isEmpty() || !field.get().isInput()) {
                refused.put(key, "'" + key + "' is not a field of this form");
            } else if (!field.get().isSubmitted()) {
                refused.put(key, field.get().labelOrKey() + " is read-only on this form");
            }
        }
        return refused;
    }

    /** The typed variables to complete the task with: shown, editable fields only. */
    public static Map<String, Object> variables(FormSchema schema, Map<String, Object> values, ZoneId zone) {
        return variables(schema, values, values, zone);
    }

    /**
     * As {@link #variables(FormSchema, Map, ZoneId)}, with the fields' conditions read from {@code context} (the
     * task's variables and the entries): only what was entered is set.
     */
    public static Map<String, Object> variables(FormSchema schema, Map<String, Object> values,
            Map<String, Object> context, ZoneId zone) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            if (field.isSubmitted() && schema.isShown(field, context) && values.containsKey(field.key())) {
                variables.put(field.key(), typed(field, values.get(field.key()), zone));
            }
        }
        return variables;
    }

    /** What is wrong with one value, or null when it is acceptable. */
    public static String problem(FormField field, Object value) {
        FieldValidation rules = field.validation();
        String name = field.labelOrKey();
        boolean empty = value == null || (value instanceof String text && text.isBlank())
                || (FieldType.CHECKBOX.equals(field.type()) && Boolean.FALSE.equals(value));
        if (empty) {
            return rules.required() ? name + " is required" : null;
        }
        String wrongType = typeProblem(field, value);
        if (wrongType != null) {
            return name + wrongType;
        }
        if (value instanceof String text) {
            // form-js counts the trimmed value, so padding with spaces cannot reach a minimum length
            int length = text.trim().length();
            if (rules.minLength() != null && length < rules.minLength()) {
                return name + " needs at least " + rules.minLength() + " characters";
            }
            if (rules.maxLength() != null && length > rules.maxLength()) {
                return name + " allows at most " + rules.maxLength() + " characters";
            }
            if (rules.pattern() != null && !matches(rules.pattern(), text)) {
                return name + " does not have the expected format";
            }
            if ("email".equals(rules.validationType()) && !EMAIL.matcher(text).matches()) {
                return name + " must be an e-mail address";
            }
            if (!field.options().isEmpty() && field.options().stream().noneMatch(o -> o.value().equals(text))) {
                return name + " must be one of the listed options";
            }
        }
        if (value instanceof Number number) {
            String digits = decimalDigitsProblem(field, number);
            if (digits != null) {
                return name + digits;
            }
            if (rules.min() != null && number.doubleValue() < rules.min()) {
                return name + " must be at least " + format(rules.min());
            }
            if (rules.max() != null && number.doubleValue() > rules.max()) {
                return name + " must be at most " + format(rules.max());
            }
        }
        return null;
    }

    /**
     * A value of the wrong kind for its field (the form's schema says what each field holds): checked on the
     * server too, because a completion need not come from the rendered form.
     */
    private static String typeProblem(FormField field, Object value) {
        String type = field.type();
        if (FieldType.CHECKBOX.equals(type)) {
            return value instanceof Boolean ? null : " must be yes or no";
        }
        if (FieldType.NUMBER.equals(type)) {
            return value instanceof Number ? null : " must be a number";
        }
        if (FieldType.SELECT.equals(type) || FieldType.RADIO.equals(type)) {
            return value instanceof String text && field.options().stream().anyMatch(o -> o.value().equals(text))
                    ? null : " must be one of the listed options";
        }
        if (FieldType.TEXTFIELD.equals(type) || FieldType.TEXTAREA.equals(type)) {
            return value instanceof String ? null : " must be text";
        }
        if (FieldType.DATETIME.equals(type)) {
            return value instanceof LocalDateTime || value instanceof LocalDate || value instanceof LocalTime
                    || value instanceof Date ? null : " must be a date or time";
        }
        return null;
    }

    /** form-js refuses more decimals than decimalDigits allows; accepting them would lose digits in typed(). */
    private static String decimalDigitsProblem(FormField field, Number number) {
        if (!FieldType.NUMBER.equals(field.type()) || field.decimalDigits() == null) {
            return null;
        }
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            return " is not a number";
        }
        int allowed = field.decimalDigits();
        BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        if (decimal.stripTrailingZeros().scale() <= allowed) {
            return null;
        }
        return allowed == 0 ? " must be a whole number"
                : " allows at most " + allowed + (allowed == 1 ? " decimal place" : " decimal places");
    }

    static Object typed(FormField field, Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (FieldType.NUMBER.equals(field.type()) && value instanceof Number number) {
            return Integer.valueOf(0).equals(field.decimalDigits()) ? (Object) number.longValue()
                    : (Object) number.doubleValue();
        }
        if (value instanceof LocalDateTime dateTime) {
            return Date.from(dateTime.atZone(zone).toInstant());
        }
        if (value instanceof LocalDate date) {
            return Date.from(date.atStartOfDay(zone).toInstant());
        }
        if (value instanceof LocalTime time) {
            return time.toString();
        }
        return value;
    }

    private static boolean matches(String pattern, String text) {
        try {
            // form-js tests the pattern anywhere in the value; anchors in the pattern make it a full match
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return true; // a broken pattern in the model must not block the person; the SOP lint reports it
        }
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
