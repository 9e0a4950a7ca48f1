package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.AUDIENCE_FIT;
import static io.engineroom.influencer.InfluencerVariables.BRAND_SAFETY_FLAGS;
import static io.engineroom.influencer.InfluencerVariables.ENGAGEMENT_RATE;
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

/** The creator-vetting decision from processes/, evaluated by Camunda's DMN engine at and around its thresholds. */
class CreatorVettingDecisionTest {

    static DmnDecision decision;
    static DmnEngine dmn;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "creator-vetting.dmn"))) {
            decision = dmn.parseDecision("creator-vetting", model);
        }
    }

    @ParameterizedTest(name = "flags={0} fit={1} rate={2} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "0; strong;  1.0;  pass",
        "0; strong;  0.99; fail",
        "0; strong;  12.5; pass",
        "1; strong;  12.5; fail",
        "3; partial; 8.0;  fail",
        "0; partial; 3.0;  pass",
        "0; partial; 2.99; fail",
        "0; poor;    20.0; fail",
        "0; poor;    0.0;  fail"})
    void brandSafetyComesFirstThenAudienceFitAgainstEngagement(int flags, String fit, double rate,
            String expected) {
        String result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue(BRAND_SAFETY_FLAGS.name(), flags).putValue(AUDIENCE_FIT.name(), fit)
                .putValue(ENGAGEMENT_RATE.name(), rate)).getSingleEntry();

        assertThat(result).isEqualTo(expected);
    }
}
