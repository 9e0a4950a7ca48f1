package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CLIENT_SIGN_OFF_REQUIRED;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;
import static io.engineroom.content.ContentApprovalVariables.REGULATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The approval-stages decision from processes/, evaluated by Camunda's DMN engine for every kind of brand. */
class ApprovalStagesDecisionTest {

    static DmnDecision decision;
    static DmnEngine dmn;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = Files.newInputStream(Path.of("processes", "approval-stages.dmn"))) {
            decision = dmn.parseDecision("approval-stages", model);
        }
    }

    @ParameterizedTest(name = "regulated={0} client={1} paid={2} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "false; false; false; ''",
        "true;  false; false; legal",
        "false; true;  false; client",
        "true;  true;  false; legal client",
        "false; false; true;  legal",
        "true;  false; true;  legal",
        "false; true;  true;  legal client",
        "true;  true;  true;  legal client"})
    void stagesFollowTheBrandAndThePiece(boolean regulated, boolean client, boolean paid, String expected) {
        List<Object> stages = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue(REGULATED.name(), regulated).putValue(CLIENT_SIGN_OFF_REQUIRED.name(), client)
                .putValue(PAID_PROMOTION.name(), paid)).collectEntries("stage");

        List<String> wanted = expected.isBlank() ? List.of() : List.of(expected.split(" "));
        assertThat(stages).containsExactlyInAnyOrderElementsOf(wanted);
    }
}
