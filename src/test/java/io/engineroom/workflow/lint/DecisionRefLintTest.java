package io.engineroom.workflow.lint;

import static io.engineroom.workflow.lint.SopLintRulesTest.decision;
import static io.engineroom.workflow.lint.SopLintRulesTest.process;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.workflow.SopProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Business rule tasks name decisions that exist for the brand the deployment is for: its own live decisions or the
 * shared ones, or one deployed with the model. The stand-in environment has the shipped decisions live as shared
 * and {@value StandInEnvironment#BEANLEAF_DECISION} live for Bean &amp; Leaf only.
 */
class DecisionRefLintTest {

    final CamundaSopLint lint = new CamundaSopLint(new StandInEnvironment());

    @Test
    void aSharedDecisionServesTheSharedVersionAndEveryBrand() {
        byte[] model = task("Stages", "approval-stages", "");

        assertThat(lint.check(Map.of("p.bpmn", model))).isEmpty();
        assertThat(lint.check(Map.of("p.bpmn", model), "beanleaf")).isEmpty();
        assertThat(lint.check(Map.of("p.bpmn", model), "northwind")).isEmpty();
    }

    @Test
    void aBrandsOwnDecisionServesThatBrandOnly() {
        byte[] model = task("Tone", StandInEnvironment.BEANLEAF_DECISION, "");

        assertThat(lint.check(Map.of("p.bpmn", model), "beanleaf")).isEmpty();
        List<SopProblem> northwind = lint.check(Map.of("p.bpmn", model), "northwind");
        assertThat(northwind).singleElement().satisfies(problem -> {
            assertThat(problem.elementId()).isEqualTo("Tone");
            assertThat(problem.message()).contains("decision 'beanleaf-tone' is not live for northwind nor shared");
        });
        assertThat(lint.check(Map.of("p.bpmn", model))).extracting(SopProblem::message)
                .singleElement().asString().contains("is not live as a shared decision");
    }

    @Test
    void aDecisionNobodyRunsIsAProblemUnlessItIsDeployedWithTheModel() {
        byte[] model = task("Missing", "D", "");

        assertThat(lint.check(Map.of("p.bpmn", model), "beanleaf")).extracting(SopProblem::elementId)
                .containsExactly("Missing");
        assertThat(lint.check(Map.of("p.bpmn", model, "d.dmn", decision("camunda:historyTimeToLive=\"P1D\"",
                "FIRST", "<inputEntry><text>&gt; 3</text></inputEntry>",
                "<outputEntry><text>\"a\"</text></outputEntry>")), "beanleaf")).isEmpty();
    }

    @Test
    void deploymentBindingLooksInTheSameDeploymentOnlyAndExpressionsWaitForRunTime() {
        assertThat(lint.check(Map.of("p.bpmn", task("Bound", "approval-stages",
                "camunda:decisionRefBinding=\"deployment\""))))
                .extracting(SopProblem::message).singleElement().asString()
                .contains("bound by deployment but is not in this deployment");
        assertThat(lint.check(Map.of("p.bpmn", task("Dynamic", "${whichTable}", "")), "northwind")).isEmpty();
    }

    @Test
    void aNamedTenantIsWhereTheDecisionMustBeLive() {
        assertThat(lint.check(Map.of("p.bpmn", task("Tone", StandInEnvironment.BEANLEAF_DECISION,
                "camunda:decisionRefTenantId=\"beanleaf\"")))).isEmpty();
        assertThat(lint.check(Map.of("p.bpmn", task("Tone", StandInEnvironment.BEANLEAF_DECISION,
                "camunda:decisionRefTenantId=\"northwind\"")), "beanleaf")).extracting(SopProblem::elementId)
                .containsExactly("Tone");
    }

    private static byte[] task(String id, String decisionRef, String attributes) {
        return process("""
                <bpmn:businessRuleTask id="%s" name="Decide" camunda:decisionRef="%s" %s
                    camunda:mapDecisionResult="singleEntry" camunda:resultVariable="result"/>
                """.formatted(id, decisionRef, attributes));
    }
}
