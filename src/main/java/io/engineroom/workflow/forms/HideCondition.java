package io.engineroom.workflow.forms;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of FEEL that Engine Room's forms use in {@code conditional.hide}: {@code =key = "value"},
 * {@code =key != "value"} (strings, numbers, true/false) and {@code =key} / {@code =not(key)} for booleans.
 * Anything else is not understood, and the field stays shown: a visible field is safer than a lost one.
 */
record HideCondition(String key, boolean negate, Object literal, boolean understood) {

    private static final Pattern COMPARISON =
            Pattern.compile("^=\\s*([A-Za-z_][\\w]*)\\s*(=|!=)\\s*(\"[^\"]*\"|true|false|-?\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern FLAG = Pattern.compile("^=\\s*(not\\(\\s*)?([A-Za-z_][\\w]*)\\s*\\)?\\s*$");

    static final HideCondition NEVER = new HideCondition(null, false, null, false);

    static HideCondition parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return NEVER;
        }
        Matcher comparison = COMPARISON.matcher(expression.trim());
        if (comparison.matches()) {
            return new HideCondition(comparison.group(1), comparison.group(2).equals("!="),
                    literal(comparison.group(3)), true);
        }
        Matcher flag = FLAG.matcher(expression.trim());
        if (flag.matches() && (flag.group(1) == null) == !expression.contains(")")) {
            // FEEL's not(x) is true only for x = false (not(null) is null): "=not(key)" hides when key is false
            return new HideCondition(flag.group(2), false, flag.group(1) == null, true);
        }
        return NEVER;
    }

    boolean hides(Map<String, Object> values) {
        if (!understood) {
            return false;
        }
        Object value = values.get(key);
        boolean equal = literal instanceof Number number && value instanceof Number actual
                ? number.doubleValue() == actual.doubleValue()
                : Objects.equals(literal, value);
        return negate != equal;
    }

    private static Object literal(String text) {
        if (text.startsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        return Double.valueOf(text);
    }
}
