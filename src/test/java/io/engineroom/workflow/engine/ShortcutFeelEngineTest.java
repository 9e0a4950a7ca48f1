package io.engineroom.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortcutFeelEngine} answers what Camunda's FEEL engine answers: every cell of every decision table in
 * {@code processes/}, on the values its column can take and on values it should not get, through both engines.
 */
class ShortcutFeelEngineTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final String CELL_INPUT = "cellInput";
    /** What a column may be given besides the texts its own cells name: the odd, the empty, the other types. */
    private static final List<Object> OTHER_VALUES = Arrays.asList(null, "", "SOMETHING ELSE", "PT4H", true, false,
            0, 1, 2, 3, 5, 100_000L, 2.5);

    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    private final FeelEngine shortcut = new ShortcutFeelEngine(feel);

    @Test
    void everyInputCellOfTheShippedTablesAnswersAsFeelDoesOnEveryValueItsColumnMayMeet() throws IOException {
        int compared = 0;
        for (DecisionTable table : tables()) {
            List<Input> inputs = List.copyOf(table.getInputs());
            for (int column = 0; column < inputs.size(); column++) {
                List<String> cells = new ArrayList<>();
                for (Rule rule : table.getRules()) {
                    String cell = List.copyOf(rule.getInputEntries()).get(column).getTextContent().strip();
                    if (!cell.isEmpty() && !cell.equals("-")) {
                        cells.add(cell);
                    }
                }
                Set<Object> values = new LinkedHashSet<>(OTHER_VALUES);
                cells.forEach(cell -> values.addAll(quotedTexts(cell)));
                for (String cell : cells) {
                    for (Object value : values) {
                        VariableContext variables = Variables.createVariables().putValue(CELL_INPUT, value)
                                .asVariableContext();
                        assertThat(outcome(() -> shortcut.evaluateSimpleUnaryTests(cell, CELL_INPUT, variables)))
                                .as("cell %s on %s", cell, value)
                                .isEqualTo(outcome(() -> feel.evaluateSimpleUnaryTests(cell, CELL_INPUT, variables)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("cells times values compared").isGreaterThan(500);
    }

    @Test
    void everyOutputCellAndInputExpressionAnswersAsFeelDoesWithItsNamesBoundToTextsBooleansNothingOrUnbound()
            throws IOException {
        List<String> expressions = new ArrayList<>();
        for (DecisionTable table : tables()) {
            table.getInputs().forEach(input -> expressions.add(input.getInputExpression().getText().getTextContent()));
            table.getRules().forEach(rule -> rule.getOutputEntries().forEach(entry ->
                    expressions.add(entry.getTextContent())));
        }
        int compared = 0;
        for (String expression : expressions.stream().map(String::strip).filter(text -> !text.isEmpty()).toList()) {
            for (Object value : Arrays.asList("PT2H", true, false, null, 3, "UNBOUND")) {
                VariableMap bound = Variables.createVariables();
                if (!"UNBOUND".equals(value)) {
                    bound.putValue(expression, value);
                }
                VariableContext variables = bound.asVariableContext();
                assertThat(outcome(() -> shortcut.evaluateSimpleExpression(expression, variables)))
                        .as("expression %s with %s", expression, value)
                        .isEqualTo(outcome(() -> feel.evaluateSimpleExpression(expression, variables)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void theInteractionPolicyDecidesAsWithCamundasFeelEngineWithoutOnceAskingIt() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        Policy plain = new Policy(engine(feel));
        Policy fast = new Policy(engine(new ShortcutFeelEngine(counting(feel, asked))));
        int decided = 0;
        for (String category : List.of("QUESTION", "COMPLAINT", "PRAISE", "LEAD", "SPAM", "OFFENSIVE",
                "UNCLASSIFIED")) {
            for (String sentiment : List.of("NEGATIVE", "NEUTRAL", "POSITIVE")) {
                for (String priority : List.of("LOW", "NORMAL", "HIGH")) {
                    for (String brandTarget : Arrays.asList(null, "PT20M")) {
                        VariableMap variables = Variables.createVariables().putValue("category", category)
                                .putValue("sentiment", sentiment).putValue("priority", priority)
                                .putValue("brandFirstResponseTarget", brandTarget)
                                .putValue("brandBusinessHoursOnly", brandTarget == null ? null : Boolean.TRUE);
                        assertThat(fast.decide(variables)).as("%s %s %s %s", category, sentiment, priority,
                                brandTarget).isEqualTo(plain.decide(variables)).isNotEmpty();
                        decided++;
                    }
                }
            }
        }
        assertThat(decided).isEqualTo(126);
        assertThat(asked).as("cells the shortcut left to Camunda's FEEL engine").hasValue(0);
    }

    /** interaction-routing.dmn, parsed once by the engine that decides it. */
    private record Policy(DmnEngine engine, DmnDecision decision) {
        Policy(DmnEngine engine) throws IOException {
            this(engine, parse(engine));
        }

        private static DmnDecision parse(DmnEngine engine) throws IOException {
            try (InputStream model = Files.newInputStream(PROCESSES.resolve("interaction-routing.dmn"))) {
                return engine.parseDecision("interaction-routing", model);
            }
        }

        List<Map<String, Object>> decide(VariableMap variables) {
            return engine.evaluateDecision(decision, variables).getResultList();
        }
    }

    private static DmnEngine engine(FeelEngine feelEngine) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(() -> feelEngine);
        return configuration.buildEngine();
    }

    private static FeelEngine counting(FeelEngine feelEngine, AtomicInteger asked) {
        return new FeelEngine() {
            @Override
            public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
                asked.incrementAndGet();
                return feelEngine.evaluateSimpleExpression(expression, variables);
            }

            @Override
            public boolean evaluateSimpleUnaryTests(String expression, String input, VariableContext variables) {
                asked.incrementAndGet();
                return feelEngine.evaluateSimpleUnaryTests(expression, input, variables);
            }
        };
    }

    /** The value, or the kind of failure: both engines must fail alike where FEEL fails. */
    private static Object outcome(Supplier<Object> evaluation) {
        try {
            return evaluation.get();
        } catch (RuntimeException failed) {
            return "failed: " + failed.getClass().getName();
        }
    }

    private static List<String> quotedTexts(String cell) {
        List<String> texts = new ArrayList<>();
        for (String part : cell.split(",")) {
            String text = part.strip();
            if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
                texts.add(text.substring(1, text.length() - 1));
            }
        }
        return texts;
    }

    private static List<DecisionTable> tables() throws IOException {
        List<DecisionTable> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".dmn")).sorted().toList()) {
                DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
                tables.addAll(model.getModelElementsByType(DecisionTable.class));
            }
        }
        assertThat(tables).as("decision tables under processes/").hasSizeGreaterThan(5);
        return tables;
    }
}
