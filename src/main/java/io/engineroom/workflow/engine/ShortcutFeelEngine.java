package io.engineroom.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The FEEL engine of the SOPs' decision tables: the plainest cells, a text or boolean literal, a list of text
 * literals, a variable's name, {@code not(null)}, are answered here; every other cell, and these cells on any value
 * but a text or a boolean, go to Camunda's FEEL engine unchanged.
 *
 * <p>Why: Camunda's FEEL engine (feel-scala 1.19) parses the cell and builds every built-in function anew on each
 * evaluation. A decision table evaluates dozens of cells, so on the interaction SOP's start (whose first step is
 * interaction-routing.dmn, a few hundred starts a second in a burst) that was most of the start's CPU. The answers
 * here are what FEEL answers for these forms; {@code ShortcutFeelEngineTest} checks that against Camunda's engine
 * for every cell of every shipped decision table.
 */
final class ShortcutFeelEngine implements FeelEngine {

    /** A FEEL name as the tables write them; FEEL's names can be more (spaces, dots), those go to FEEL. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words FEEL reads as something other than a variable. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "between", "in",
            "some", "every", "for", "if", "then", "else", "return", "function", "instance", "of", "satisfies",
            "date", "time", "duration");

    private final FeelEngine feel;

    ShortcutFeelEngine(FeelEngine feel) {
        this.feel = feel;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        String cell = expression.strip();
        String text = textLiteral(cell);
        if (text != null) {
            return (T) text;
        }
        Boolean bool = booleanLiteral(cell);
        if (bool != null) {
            return (T) bool;
        }
        if (NAME.matcher(cell).matches() && !KEYWORDS.contains(cell) && variables.containsVariable(cell)) {
            TypedValue typed = variables.resolve(cell);
            Object value = typed == null ? null : typed.getValue();
            if (value == null || value instanceof String || value instanceof Boolean) {
                return (T) value;
            }
        }
        return feel.evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        TypedValue typed = variables.resolve(inputVariable);
        Object input = typed == null ? null : typed.getValue();
        String cell = expression.strip();
        if (input instanceof String text) {
            List<String> literals = textLiterals(cell);
            if (literals != null) {
                return literals.contains(text);
            }
        }
        if (input instanceof Boolean bool) {
            Boolean literal = booleanLiteral(cell);
            if (literal != null) {
                return literal.equals(bool);
            }
        }
        if (cell.equals("not(null)") && (input == null || input instanceof String || input instanceof Boolean)) {
            return input != null;
        }
        return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }

    /** {@code "community-manager"}: the text between the quotes; null for anything else (escapes go to FEEL). */
    private static String textLiteral(String cell) {
        if (cell.length() < 2 || cell.charAt(0) != '"' || cell.charAt(cell.length() - 1) != '"') {
            return null;
        }
        String inside = cell.substring(1, cell.length() - 1);
        return inside.indexOf('"') < 0 && inside.indexOf('\\') < 0 ? inside : null;
    }

    /** {@code "COMPLAINT","QUESTION"}: each text; null unless every part is a plain text literal. */
    private static List<String> textLiterals(String cell) {
        List<String> texts = new ArrayList<>();
        for (String part : cell.split(",", -1)) {
            String text = textLiteral(part.strip());
            if (text == null) {
                return null;
            }
            texts.add(text);
        }
        return texts;
    }

    private static Boolean booleanLiteral(String cell) {
        return switch (cell) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
