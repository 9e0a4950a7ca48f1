package io.engineroom.workflow.lint;

import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Whether an expression in a model only reads: variables and their properties, literals, operators, and the
 * properties and methods of Engine Room's expression beans ({@code ${sopTimings.reviewReminder}}). Anything else
 * would let whoever deploys a model run code on the server: {@code ${execution.getProcessEngineServices()}},
 * {@code ${''.getClass().forName('java.lang.Runtime')}}, {@code ${userDirectory...}}. Parsed by the JUEL tree
 * builder Camunda evaluates with, so the lint sees the expression as the engine does; the engine enforces the same
 * limits when it evaluates ({@code workflow.engine.ModelValueResolver}).
 */
final class ExpressionChecks {

    /** The engine's own objects Camunda puts in scope: only ever handed to an expression bean, as is. */
    static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask");
    /** Questions to a collection, map or text that change nothing, as in {@code ${approvalStages.contains('legal')}}. */
    static final Set<String> READ_METHODS = Set.of("contains", "containsKey", "isEmpty", "size");

    private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final LintEnvironment environment;

    ExpressionChecks(LintEnvironment environment) {
        this.environment = environment;
    }

    /** Null when the text only reads, else why not, in words for the person who deployed it. */
    String problem(String text) {
        Node root;
        try {
            root = JUEL.build(text).getRoot();
        } catch (TreeBuilderException e) {
            return "the expression " + text.trim() + " does not parse: " + e.getMessage();
        }
        String why = check(root);
        return why == null ? null : "the expression " + text.trim() + " " + why + "; " + allowed();
    }

    private String check(Node node) {
        if (node instanceof AstIdentifier identifier) {
            return identifier(identifier.getName());
        }
        if (node instanceof AstMethod method) {
            return method(method);
        }
        if (node instanceof AstProperty property) {
            return property(property);
        }
        if (node instanceof AstFunction function) {
            return "calls the function " + function.getName() + "()";
        }
        if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstText
                || node instanceof AstNested || node instanceof AstBinary || node instanceof AstUnary
                || node instanceof AstChoice || node instanceof AstLiteral) {
            return children(node);
        }
        return "uses " + node + ", which is not a read";
    }

    private String children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            String why = check(node.getChild(i));
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** A name alone: a variable, or an expression bean; never the engine's objects or another Spring bean. */
    private String identifier(String name) {
        if (ENGINE_OBJECTS.contains(name)) {
            return "uses the engine's " + name + " (only an expression bean may be handed it, as in "
                    + "${sopTimings.approvalAtRisk(execution)})";
        }
        if (environment.isExpressionBean(name)) {
            return null;
        }
        if (environment.isDelegate(name)) {
            return "names the delegate '" + name + "' (a delegate runs only as camunda:delegateExpression=\"${"
                    + name + "}\")";
        }
        if (environment.beanExists(name)) {
            return "names the Spring bean '" + name + "', which SOP expressions may not use";
        }
        return null;
    }

    /** {@code a.b} or {@code a['b']}: a property of a variable (at any depth) or of an expression bean. */
    private String property(AstProperty property) {
        Node prefix = property.getChild(0);
        String name = propertyName(property);
        String what = name == null ? "a property" : "'" + name + "'";
        if ("class".equals(name)) {
            return "reads the class of a value";
        }
        String why = target(prefix, "reads " + what + " of");
        return why != null ? why : key(property);
    }

    /** {@code a.m(...)}: a method of an expression bean, or a read-only question to a variable's value. */
    private String method(AstMethod method) {
        AstProperty target = (AstProperty) method.getChild(0);
        Node parameters = method.getChild(1);
        Node prefix = target.getChild(0);
        String name = propertyName(target);
        if (name == null) {
            return "calls a method whose name is computed";
        }
        if ("getClass".equals(name)) {
            return "calls getClass()";
        }
        if (prefix instanceof AstIdentifier identifier && environment.isExpressionBean(identifier.getName())) {
            for (int i = 0; i < parameters.getCardinality(); i++) {
                Node argument = parameters.getChild(i);
                boolean engineObject = argument instanceof AstIdentifier given
                        && ENGINE_OBJECTS.contains(given.getName());
                String why = engineObject ? null : check(argument);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        String why = target(prefix, "calls " + name + "(...) on");
        if (why != null) {
            return why;
        }
        return READ_METHODS.contains(name) ? children(parameters) : "calls the method " + name + "(...)";
    }

    /**
     * Null when {@code prefix} is something whose properties (or read-only methods) an expression may use: a
     * variable or a property of one, or an expression bean itself; else why not.
     */
    private String target(Node prefix, String doing) {
        if (prefix instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            if (environment.isExpressionBean(name)) {
                return null;
            }
            if (ENGINE_OBJECTS.contains(name)) {
                return doing + " the engine's " + name + " (read the variable itself, as in ${publishAt})";
            }
            return identifier(name);
        }
        if (prefix instanceof AstProperty inner) {
            String why = property(inner);
            if (why != null) {
                return why;
            }
            return isVariablePath(prefix) ? null : doing + " what an expression bean returned";
        }
        String why = check(prefix);
        return why != null ? why : doing + " something other than a variable";
    }

    /** The key of {@code a[key]}, itself an expression. */
    private String key(AstProperty property) {
        return property.getCardinality() > 1 ? check(property.getChild(1)) : null;
    }

    /** A variable, or a property of one at any depth: {@code a}, {@code a.b}, {@code a[0]['c']}. */
    private boolean isVariablePath(Node node) {
        if (node instanceof AstIdentifier identifier) {
            return identifier(identifier.getName()) == null && !environment.isExpressionBean(identifier.getName());
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            return !"class".equals(propertyName((AstProperty) node)) && isVariablePath(node.getChild(0))
                    && (node.getCardinality() < 2 || check(node.getChild(1)) == null);
        }
        return false;
    }

    /** {@code b} of {@code a.b} and {@code a['b']}; null when computed ({@code a[b]}). */
    private static String propertyName(AstProperty property) {
        if (property instanceof AstDot) {
            // JUEL prints a dot node as ". name" and offers no getter for the name
            return property.toString().substring(2);
        }
        return property.getChild(1) instanceof AstString text ? text.eval(null, null).toString() : null;
    }

    private String allowed() {
        return "expressions may read variables, compare and combine them, and use Engine Room's expression beans ("
                + String.join(", ", environment.expressionBeans()) + ")";
    }
}
