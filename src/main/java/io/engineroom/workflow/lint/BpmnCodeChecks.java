package io.engineroom.workflow.lint;

import io.engineroom.workflow.SopProblem;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Deploying a model runs no code of the deployer's choosing. Walks every element of a BPMN file, wherever Camunda
 * reads code from: script tasks, script listeners, conditions and mappings; {@code camunda:class} (and every other
 * class attribute), connectors, script resources; delegate expressions, which must name one of Engine Room's
 * delegates as {@code ${beanName}}; and every other expression (conditions, mappings, timers, assignees, due dates,
 * multi-instance, called elements, listeners' {@code expression}), which may only read ({@link ExpressionChecks}).
 * A problem names the nearest element with an id: a listener's task, a mapping's activity.
 */
final class BpmnCodeChecks {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Camunda's extensions, and the Activiti namespace Camunda still reads them from. */
    static final Set<String> EXTENSIONS = Set.of(BpmnChecks.CAMUNDA_NS, "http://activiti.org/bpmn");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}");
    private static final String NO_CODE = "deploying a model may not run code of the deployer's choosing";

    private final String resource;
    private final LintEnvironment environment;
    private final ExpressionChecks expressions;
    private final List<SopProblem> problems;

    private BpmnCodeChecks(String resource, LintEnvironment environment, List<SopProblem> problems) {
        this.resource = resource;
        this.environment = environment;
        this.expressions = new ExpressionChecks(environment);
        this.problems = problems;
    }

    static void check(String resource, Element root, LintEnvironment environment, List<SopProblem> problems) {
        new BpmnCodeChecks(resource, environment, problems).element(root, null);
    }

    private void element(Element element, String enclosingId) {
        String id = element.getAttribute("id");
        String elementId = id.isBlank() ? enclosingId : id;
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName();
        if (BPMN_NS.equals(namespace)) {
            switch (name) {
                // words for people, and the diagram: never evaluated
                case "documentation", "text" -> {
                    return;
                }
                case "scriptTask" -> {
                    problem(elementId, "a script task runs the script written into the model; " + NO_CODE
                            + ": use a service task with an Engine Room delegate");
                    return;
                }
                case "conditionExpression", "condition" -> {
                    if (!element.getAttribute("language").isBlank()) {
                        problem(elementId, "the condition is a " + element.getAttribute("language") + " script; "
                                + NO_CODE + ": write it as an expression like ${approved}");
                        return;
                    }
                }
                default -> {
                }
            }
        } else if (isExtension(namespace)) {
            if ("script".equals(name)) {
                problem(elementId, scriptProblem(element));
                return;
            }
            if ("connector".equals(name)) {
                problem(elementId, "camunda:connector calls out of the engine as the model says; " + NO_CODE);
                return;
            }
        } else {
            // diagram interchange and other tools' extensions: the engine reads none of them
            return;
        }
        attributes(element, elementId);
        text(element, elementId);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                element(childElement, elementId);
            }
        }
    }

    private void attributes(Element element, String elementId) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String value = attribute.getValue();
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            // Camunda's attributes: camunda:x on BPMN elements, plain x on Camunda's own (listeners, fields, ...)
            boolean camunda = isExtension(attribute.getNamespaceURI())
                    || attribute.getNamespaceURI() == null && isExtension(element.getNamespaceURI());
            if (camunda && (name.equals("class") || name.endsWith("Class"))) {
                problem(elementId, "camunda:" + name + " '" + value.trim() + "' runs a Java class the model names; "
                        + NO_CODE + ": use camunda:delegateExpression=\"${beanName}\" with an Engine Room delegate");
            } else if (camunda && (name.equals("delegateExpression") || name.endsWith("DelegateExpression"))) {
                delegate(elementId, value);
            } else if (camunda && name.equals("resource")) {
                problem(elementId, "camunda:resource loads a script; " + NO_CODE);
            } else if (Expressions.isExpression(value)) {
                expression(elementId, value);
            }
        }
    }

    private void text(Element element, String elementId) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (Expressions.isExpression(text.toString())) {
            expression(elementId, text.toString());
        }
    }

    private void expression(String elementId, String text) {
        String problem = expressions.problem(text);
        if (problem != null) {
            problem(elementId, problem);
        }
    }

    /** {@code ${beanName}} and nothing else, naming one of Engine Room's delegates or listeners. */
    private void delegate(String elementId, String value) {
        if (Expressions.isBlank(value)) {
            problem(elementId, "camunda:delegateExpression is empty");
            return;
        }
        Matcher bean = BEAN_EXPRESSION.matcher(value.trim());
        if (!bean.matches()) {
            problem(elementId, "delegate expression " + value.trim() + " must name an Engine Room delegate as "
                    + "${beanName}, nothing more");
        } else if (!environment.beanExists(bean.group(1))) {
            problem(elementId, "delegate expression " + value.trim() + " names no bean: there is no Spring bean '"
                    + bean.group(1) + "'");
        } else if (!environment.isDelegate(bean.group(1))) {
            problem(elementId, "delegate expression " + value.trim() + " names '" + bean.group(1) + "', which is "
                    + "not one of Engine Room's delegates or listeners; " + NO_CODE);
        }
    }

    private static String scriptProblem(Element script) {
        Node parent = script.getParentNode();
        String where = parent == null ? "" : parent.getLocalName();
        String what = switch (where) {
            case "executionListener", "taskListener" -> "a script listener";
            case "inputParameter", "outputParameter" -> "a script in an input/output mapping";
            default -> "a script";
        };
        return what + " runs code written into the model; " + NO_CODE + ": use an Engine Room delegate";
    }

    private static boolean isExtension(String namespace) {
        return namespace != null && EXTENSIONS.contains(namespace);
    }

    private void problem(String elementId, String message) {
        problems.add(new SopProblem(resource, elementId, message));
    }
}
