package io.engineroom.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issue identification matrix from processes/, evaluated by Camunda's DMN engine: every rule, and its edges. */
class CrisisSeverityDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "crisis-severity.dmn"))) {
            decision = dmn.parseDecision("crisis-severity", model);
        }
    }

    @ParameterizedTest(name = "reach={0} sentiment={1} safety={2} legal={3} financial={4} -> {5}")
    @CsvSource({
        "10,      POSITIVE, true,  false, false, 1",
        "100000,  NEUTRAL,  false, true,  false, 1",
        "99999,   NEUTRAL,  false, true,  false, 2",
        "50,      NEGATIVE, false, false, true,  2",
        "100000,  NEGATIVE, false, false, false, 2",
        "99999,   NEGATIVE, false, false, false, 3",
        "10000,   NEGATIVE, false, false, false, 3",
        "9999,    NEGATIVE, false, false, false, 4",
        "5000000, NEUTRAL,  false, false, false, 4"})
    void severityFollowsReachSentimentAndExposure(long reach, String sentiment, boolean safety, boolean legal,
            boolean financial, int expected) {
        Object severity = dmn.evaluateDecisionTable(decision, Variables.createVariables().putValue("reach", reach)
                .putValue("sentiment", sentiment).putValue("safetyExposure", safety).putValue("legalExposure", legal)
                .putValue("financialExposure", financial)).getSingleResult().getSingleEntry();
        assertThat(severity).isEqualTo(expected);
    }
}
