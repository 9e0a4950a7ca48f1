package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * interaction-routing.dmn from processes/, evaluated by Camunda's DMN engine, for interactions in a language the
 * models do not read: they go to the people who triage (community managers) on the normal SLA, whatever sentiment
 * or priority, and a brand's own target for them replaces the shipped one like for any category.
 */
class InteractionRoutingDecisionTest {

    static DmnEngine dmn;
    static DmnDecision routing;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "interaction-routing.dmn"))) {
            routing = dmn.parseDecision("interaction-routing", model);
        }
    }

    @ParameterizedTest(name = "sentiment={0} priority={1}")
    @CsvSource({"NEUTRAL, NORMAL", "NEUTRAL, HIGH", "NEGATIVE, HIGH", "POSITIVE, LOW"})
    void anUnclassifiedInteractionGoesToCommunityManagersOnTheNormalSla(String sentiment, String priority) {
        Map<String, Object> policy = route("UNCLASSIFIED", sentiment, priority, null, null);

        assertThat(policy).containsEntry("queue", "community-manager").containsEntry("firstResponseTarget", "PT4H")
                .containsEntry("businessHoursOnly", true).containsEntry("supportTarget", "P1D");
    }

    @Test
    void theNormalSlaIsWhatAnInteractionNoRuleNamesGets() {
        assertThat(route("UNCLASSIFIED", "NEUTRAL", "NORMAL", null, null))
                .isEqualTo(route("SOMETHING_NEW", "NEUTRAL", "NORMAL", null, null));
    }

    @Test
    void aBrandsOwnTargetForUnclassifiedReplacesTheShippedOneAndKeepsTheQueue() {
        Map<String, Object> policy = route("UNCLASSIFIED", "NEUTRAL", "NORMAL", "PT1H", false);

        assertThat(policy).containsEntry("queue", "community-manager").containsEntry("firstResponseTarget", "PT1H")
                .containsEntry("businessHoursOnly", false);
    }

    @Test
    void leadsStillGoToTheSocialMediaManager() {
        assertThat(route("LEAD", "POSITIVE", "NORMAL", null, null)).containsEntry("queue", "social-manager");
    }

    private static Map<String, Object> route(String category, String sentiment, String priority, String brandTarget,
            Boolean brandBusinessHours) {
        VariableMap variables = Variables.createVariables().putValue("category", category)
                .putValue("sentiment", sentiment).putValue("priority", priority)
                .putValue("brandFirstResponseTarget", brandTarget)
                .putValue("brandBusinessHoursOnly", brandBusinessHours);
        return dmn.evaluateDecision(routing, variables).getSingleResult().getEntryMap();
    }
}
