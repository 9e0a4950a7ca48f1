package io.engineroom.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who the crisis SOP tells, by severity, from processes/crisis-notification.dmn: every rule, in rule order. */
class CrisisNotificationDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "crisis-notification.dmn"))) {
            decision = dmn.parseDecision("crisis-notification", model);
        }
    }

    @ParameterizedTest(name = "severity {0} -> {1}")
    @CsvSource({
        "1, crisis-lead executive legal",
        "2, crisis-lead executive legal",
        "3, crisis-lead legal",
        "4, crisis-lead"})
    void theChainGrowsWithSeverity(int severity, String roles) {
        List<Object> told = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("severity", severity)).getResultList().stream().map(Map::values)
                .flatMap(values -> values.stream()).toList();
        assertThat(told).containsExactlyElementsOf(Arrays.asList((Object[]) roles.split(" ")));
    }
}
