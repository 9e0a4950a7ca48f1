package io.engineroom.workflow.lint;

/** Values the lint cannot check before run time: Camunda expressions, resolved per instance. */
final class Expressions {

    private Expressions() {
    }

    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
