package io.engineroom.workflow.lint;

import io.engineroom.workflow.SopProblem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules for one DMN model: FEEL only, history time to live on every decision, decision tables well-formed (inputs with
 * expressions, outputs, a hit policy Camunda runs, one entry per input and output in every rule), every FEEL text
 * parses (by the FEEL engine Camunda evaluates with), and last Camunda's own DMN transform for anything else.
 */
final class DmnChecks {

    /** The hit policies Camunda 7 evaluates (PRIORITY and OUTPUT ORDER are in DMN but not in Camunda 7). */
    private static final Set<String> HIT_POLICIES = Set.of("UNIQUE", "FIRST", "ANY", "COLLECT", "RULE ORDER");
    /** FEEL's names in every DMN version Camunda reads (lower case); FEEL calls no Java of the model's choosing. */
    private static final Set<String> FEEL = Stream.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15)
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final FeelEngineApi FEEL_ENGINE = FeelEngineBuilder.forJava().build();
    private static final DmnEngine DMN_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .buildEngine();

    private final String resource;
    private final List<SopProblem> problems;

    private DmnChecks(String resource, List<SopProblem> problems) {
        this.resource = resource;
        this.problems = problems;
    }

    static void check(String resource, byte[] content, List<SopProblem> problems) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problems.add(new SopProblem(resource, null, "is not a readable DMN model: "
                    + BpmnChecks.rootMessage(e)));
            return;
        }
        DmnChecks checks = new DmnChecks(resource, problems);
        int before = problems.size();
        checks.feelOnly(((Document) model.getDocument().getDomSource().getNode()).getDocumentElement(), null);
        model.getModelElementsByType(Decision.class).forEach(checks::decision);
        if (problems.size() == before) {
            checks.transform(content);
        }
    }

    /**
     * FEEL and nothing else, wherever a language can be named: definitions, decision tables, input expressions,
     * input and output entries, literal expressions. JUEL, JavaScript or Groovy in a decision would be code of the
     * deployer's choosing, run by the engine.
     */
    private void feelOnly(Element element, String enclosingId) {
        String id = element.getAttribute("id");
        String elementId = id.isBlank() ? enclosingId : id;
        String language = element.getAttribute("expressionLanguage");
        if (!language.isBlank() && !FEEL.contains(language.trim().toLowerCase(Locale.ROOT))) {
            problem(elementId, "the " + element.getLocalName() + " uses expression language '" + language.trim()
                    + "': decisions are written in FEEL only, so deploying one runs no code of the deployer's choosing");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                feelOnly(childElement, elementId);
            }
        }
    }

    private void decision(Decision decision) {
        if (Expressions.isBlank(decision.getCamundaHistoryTimeToLiveString())) {
            problem(decision.getId(), "the decision has no camunda:historyTimeToLive: set how long its history is "
                    + "kept (e.g. P180D)");
        }
        if (decision.getExpression() instanceof DecisionTable table) {
            table(decision.getId(), table);
        }
    }

    private void table(String decisionId, DecisionTable table) {
        String tableId = table.getId() == null ? decisionId : table.getId();
        String hitPolicy = table.getDomElement().getAttribute("hitPolicy");
        if (hitPolicy != null && !HIT_POLICIES.contains(hitPolicy.trim().toUpperCase(Locale.ROOT))) {
            problem(tableId, "hit policy '" + hitPolicy + "' is not one Camunda evaluates: " + HIT_POLICIES);
        }
        if (table.getInputs().isEmpty()) {
            problem(tableId, "the decision table has no inputs");
        }
        if (table.getOutputs().isEmpty()) {
            problem(tableId, "the decision table has no outputs");
        }
        for (Input input : table.getInputs()) {
            String text = input.getInputExpression() == null ? null : text(input.getInputExpression().getText());
            if (Expressions.isBlank(text)) {
                problem(input.getId(), "the input has no expression");
            } else if (isFeel(input.getInputExpression().getExpressionLanguage(), table)) {
                feel(input.getId(), text, false);
            }
        }
        for (Rule rule : table.getRules()) {
            rule(rule, table);
        }
    }

    private void rule(Rule rule, DecisionTable table) {
        int inputs = rule.getInputEntries().size();
        int outputs = rule.getOutputEntries().size();
        if (inputs != table.getInputs().size() || outputs != table.getOutputs().size()) {
            problem(rule.getId(), "the rule has " + inputs + " input and " + outputs + " output entries; the table "
                    + "has " + table.getInputs().size() + " inputs and " + table.getOutputs().size() + " outputs");
        }
        for (InputEntry entry : rule.getInputEntries()) {
            String text = text(entry.getText());
            // an empty input entry matches anything, like "-"
            if (!Expressions.isBlank(text) && isFeel(entry.getExpressionLanguage(), table)) {
                feel(rule.getId(), text, true);
            }
        }
        for (OutputEntry entry : rule.getOutputEntries()) {
            String text = text(entry.getText());
            // an empty output entry is a null result
            if (!Expressions.isBlank(text) && isFeel(entry.getExpressionLanguage(), table)) {
                feel(rule.getId(), text, false);
            }
        }
    }

    private void feel(String elementId, String text, boolean unaryTests) {
        ParseResult parsed = unaryTests ? FEEL_ENGINE.parseUnaryTests(text) : FEEL_ENGINE.parseExpression(text);
        if (parsed.isFailure()) {
            problem(elementId, "FEEL " + (unaryTests ? "input entry" : "expression") + " '" + text
                    + "' does not parse: " + parsed.failure().message());
        }
    }

    private void transform(byte[] content) {
        try {
            DMN_ENGINE.parseDecisionRequirementsGraph(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problem(null, "Camunda cannot read the decisions: " + BpmnChecks.rootMessage(e));
        }
    }

    private static boolean isFeel(String language, DecisionTable table) {
        String effective = language;
        if (effective == null && table.getModelInstance() instanceof DmnModelInstance model) {
            // the definitions' own default language, when the entry names none
            effective = model.getDefinitions().getExpressionLanguage();
        }
        return effective == null || FEEL.contains(effective.toLowerCase(Locale.ROOT));
    }

    private static String text(Text text) {
        return text == null ? null : text.getTextContent();
    }

    private void problem(String elementId, String message) {
        problems.add(new SopProblem(resource, elementId, message));
    }
}
