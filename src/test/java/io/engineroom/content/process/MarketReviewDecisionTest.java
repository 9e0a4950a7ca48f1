package io.engineroom.content.process;

import static io.engineroom.content.MarketLocalizationVariables.PAID_PROMOTION;
import static io.engineroom.content.MarketLocalizationVariables.REGULATED_MARKET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The market-review decision from processes/, evaluated by Camunda's DMN engine for every kind of market. */
class MarketReviewDecisionTest {

    static DmnDecision decision;
    static DmnEngine dmn;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "market-review.dmn"))) {
            decision = dmn.parseDecision("market-review", model);
        }
    }

    @ParameterizedTest(name = "regulated market={0} paid={1} -> local review {2}")
    @CsvSource({
        "false, false, false",
        "true,  false, true",
        "false, true,  true",
        "true,  true,  true"})
    void aLocalReviewerChecksRegulatedMarketsAndPaidPromotionOnly(boolean regulated, boolean paid, boolean review) {
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue(REGULATED_MARKET.name(), regulated).putValue(PAID_PROMOTION.name(), paid));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().<Boolean>getEntry("localReview")).isEqualTo(review);
    }
}
