package io.engineroom.workflow.lint;

import static io.engineroom.workflow.lint.SopLintRulesTest.process;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.workflow.SopProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deploying a model runs no code of the deployer's choosing: one test per construct the lint refuses, each with the
 * element the problem names and the reason Modeler shows, and what stays allowed (variable reads, operators, the
 * expression bean {@code sopTimings}, Engine Room's delegates).
 */
class NoDeployerCodeLintTest {

    final CamundaSopLint lint = new CamundaSopLint(new StandInEnvironment());

    @Test
    void aScriptTaskIsRefused() {
        assertRefused("""
                <bpmn:scriptTask id="RunScript" name="a" scriptFormat="groovy">
                  <bpmn:script>'rm -rf /'.execute()</bpmn:script>
                </bpmn:scriptTask>
                """, "RunScript", "a script task runs the script written into the model");
    }

    @Test
    void aScriptTaskFromAResourceIsRefused() {
        assertRefused("""
                <bpmn:scriptTask id="RunFile" name="a" scriptFormat="groovy" camunda:resource="deployment://x.groovy"/>
                """, "RunFile", "a script task");
    }

    @Test
    void scriptListenersAreRefused() {
        assertRefused("""
                <bpmn:serviceTask id="Listened" name="a" camunda:delegateExpression="${recordBrief}">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start">
                      <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script>
                    </camunda:executionListener>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                """, "Listened", "a script listener runs code written into the model");
        assertRefused("""
                <bpmn:userTask id="TaskListened" name="a" camunda:candidateGroups="legal">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create">
                      <camunda:script scriptFormat="groovy" resource="deployment://x.groovy"/>
                    </camunda:taskListener>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """, "TaskListened", "a script listener");
    }

    @Test
    void aScriptConditionIsRefused() {
        assertRefused("""
                <bpmn:exclusiveGateway id="Choose" name="a"/>
                <bpmn:endEvent id="End" name="b"/>
                <bpmn:sequenceFlow id="ScriptedFlow" sourceRef="Choose" targetRef="End">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                """, "ScriptedFlow", "the condition is a javascript script");
    }

    @Test
    void aScriptInAnInputOrOutputMappingIsRefused() {
        assertRefused("""
                <bpmn:serviceTask id="Mapped" name="a" camunda:delegateExpression="${recordBrief}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="x">
                        <camunda:script scriptFormat="groovy">System.exit(1)</camunda:script>
                      </camunda:inputParameter>
                    </camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                """, "Mapped", "a script in an input/output mapping");
    }

    @Test
    void camundaClassIsRefusedWhereverItAppears() {
        List<SopProblem> problems = lint.check(Map.of("t.bpmn", process("""
                <bpmn:serviceTask id="ClassTask" name="a" camunda:class="io.engineroom.content.process.PublishContent"/>
                <bpmn:sendTask id="ClassSend" name="b" camunda:class="java.lang.Object"/>
                <bpmn:endEvent id="ClassEnd" name="c">
                  <bpmn:messageEventDefinition camunda:class="java.lang.Object"/>
                </bpmn:endEvent>
                <bpmn:userTask id="ClassListener" name="d" camunda:candidateGroups="legal">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create" class="java.lang.Object"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:callActivity id="ClassMapping" name="e" calledElement="other"
                    camunda:variableMappingClass="java.lang.Object"/>
                """)));

        assertThat(problems).extracting(SopProblem::elementId).contains("ClassTask", "ClassSend", "ClassEnd",
                "ClassListener", "ClassMapping");
        assertThat(problems).filteredOn(p -> p.elementId().equals("ClassTask")).extracting(SopProblem::message)
                .singleElement().asString().contains("camunda:class 'io.engineroom.content.process.PublishContent' "
                        + "runs a Java class the model names");
        assertThat(problems).filteredOn(p -> p.elementId().equals("ClassMapping")).extracting(SopProblem::message)
                .anyMatch(message -> message.toString().contains("camunda:variableMappingClass"));
    }

    @Test
    void aConnectorIsRefused() {
        assertRefused("""
                <bpmn:serviceTask id="CallOut" name="a">
                  <bpmn:extensionElements>
                    <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                """, "CallOut", "camunda:connector calls out of the engine");
    }

    @Test
    void aDelegateExpressionMustNameAnEngineRoomDelegateAndNothingMore() {
        assertRefused("""
                <bpmn:serviceTask id="Service" name="a" camunda:delegateExpression="${runtimeService}"/>
                """, "Service", "names 'runtimeService', which is not one of Engine Room's delegates");
        assertRefused("""
                <bpmn:serviceTask id="Walk" name="a" camunda:delegateExpression="${recordBrief.getClass()}"/>
                """, "Walk", "must name an Engine Room delegate as ${beanName}, nothing more");
        assertRefused("""
                <bpmn:callActivity id="Mapping" name="a" calledElement="other"
                    camunda:variableMappingDelegateExpression="${userDirectory}"/>
                """, "Mapping", "names 'userDirectory', which is not one of Engine Room's delegates");
        assertThat(lint.check(Map.of("t.bpmn", process("""
                <bpmn:serviceTask id="Fine" name="a" camunda:delegateExpression="${recordBrief}"/>
                """)))).isEmpty();
    }

    @Test
    void anExpressionThatCallsIntoTheEngineIsRefused() {
        assertRefused(condition("${execution.getVariable('publishAt') != null}"), "Flow",
                "calls getVariable(...) on the engine's execution");
        assertRefused(condition("${sopTimings.reviewReminder.length() > 0}"), "Flow",
                "calls length(...) on what an expression bean returned");
        assertRefused(condition("${execution.processEngineServices.identityService != null}"), "Flow",
                "reads 'processEngineServices' of the engine's execution");
        assertRefused(condition("${''.getClass().forName('java.lang.Runtime') != null}"), "Flow",
                "calls getClass()");
        assertRefused(condition("${task.name == 'x'}"), "Flow", "reads 'name' of the engine's task");
        assertRefused(condition("${now() != null}"), "Flow", "calls the function now()");
        assertRefused(condition("${execution != null}"), "Flow", "uses the engine's execution");
    }

    @Test
    void anExpressionThatNamesABeanOffTheAllowListIsRefused() {
        assertRefused(condition("${userDirectory.isEmpty()}"), "Flow",
                "names the Spring bean 'userDirectory', which SOP expressions may not use");
        assertRefused(condition("${runtimeService != null}"), "Flow", "names the Spring bean 'runtimeService'");
        assertRefused(condition("${recordBrief != null}"), "Flow", "names the delegate 'recordBrief'");
        assertRefused(condition("${sopTimings.reviewReminder.class != null}"), "Flow", "reads the class of a value");
        assertRefused(condition("${sopTimings.approvalAtRisk(execution.processEngine) != null}"), "Flow",
                "reads 'processEngine' of the engine's execution");
    }

    @Test
    void everyKindOfExpressionIsChecked() {
        List<SopProblem> problems = lint.check(Map.of("t.bpmn", process("""
                <bpmn:userTask id="Assignee" name="a" camunda:assignee="${execution.getVariable('x')}"/>
                <bpmn:userTask id="Candidates" name="b" camunda:candidateGroups="${userDirectory.groups}"/>
                <bpmn:userTask id="Due" name="c" camunda:candidateGroups="legal" camunda:dueDate="${now()}"/>
                <bpmn:serviceTask id="Expression" name="d" camunda:expression="${runtimeService.toString()}"/>
                <bpmn:serviceTask id="Io" name="e" camunda:delegateExpression="${recordBrief}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="x">${execution.getProcessEngine()}</camunda:inputParameter>
                    </camunda:inputOutput>
                    <camunda:executionListener event="end" expression="${identityService.toString()}"/>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:intermediateCatchEvent id="Timer" name="f">
                  <bpmn:timerEventDefinition><bpmn:timeDuration>${''.concat('PT1H')}</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:userTask id="Many" name="g" camunda:candidateGroups="legal">
                  <bpmn:multiInstanceLoopCharacteristics camunda:collection="${execution.variableNames}">
                    <bpmn:completionCondition>${nrOfCompletedInstances.toString() == '1'}</bpmn:completionCondition>
                  </bpmn:multiInstanceLoopCharacteristics>
                </bpmn:userTask>
                <bpmn:callActivity id="Call" name="h" calledElement="${execution.processDefinitionId}">
                  <bpmn:extensionElements>
                    <camunda:in sourceExpression="${runtimeService}" target="x"/>
                  </bpmn:extensionElements>
                </bpmn:callActivity>
                """)));

        // the user tasks' other problems (no form) aside
        assertThat(problems).filteredOn(p -> p.message().startsWith("the expression ")).extracting(SopProblem::elementId)
                .containsExactlyInAnyOrder("Assignee", "Candidates", "Due", "Expression", "Io", "Io", "Timer",
                        "Many", "Many", "Call", "Call");
    }

    @Test
    void readingVariablesAndUsingTheExpressionBeansPasses() {
        assertThat(lint.check(Map.of("t.bpmn", process(condition("${reviewDecision == 'approve' and not empty "
                + "channels and (severity > 2 or policy.queue == 'x') and list[0] != null}")
                + condition2("${approvalStages.contains('legal') and sopTimings.reviewReminder != null}") + """
                <bpmn:intermediateCatchEvent id="AtRisk" name="t"><bpmn:timerEventDefinition>
                  <bpmn:timeDate>${sopTimings.approvalAtRisk(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Cycle" name="u"><bpmn:timerEventDefinition>
                  <bpmn:timeCycle>R/${statusEvery}</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                """)))).isEmpty();
    }

    @Test
    void aCaseModelIsRefused() {
        List<SopProblem> problems = lint.check(Map.of("case.cmmn", "<definitions/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.resource()).isEqualTo("case.cmmn");
            assertThat(problem.message()).contains("is a CMMN case model");
        });
    }

    @Test
    void aDecisionInAnyLanguageButFeelIsRefused() {
        List<SopProblem> problems = lint.check(Map.of("d.dmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Defs" name="d" namespace="http://t"
                    expressionLanguage="juel">
                  <decision id="D" name="D" camunda:historyTimeToLive="P1D">
                    <decisionTable id="Table" hitPolicy="FIRST">
                      <input id="In" label="n"><inputExpression id="InExpr" typeRef="integer"
                          expressionLanguage="groovy"><text>n</text></inputExpression></input>
                      <output id="Out" name="out" typeRef="string"/>
                      <rule id="Rule1">
                        <inputEntry id="InEntry" expressionLanguage="javascript"><text>true</text></inputEntry>
                        <outputEntry id="OutEntry" expressionLanguage="FEEL"><text>"a"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                  <decision id="Literal" name="L" camunda:historyTimeToLive="P1D">
                    <literalExpression id="LiteralExpr" expressionLanguage="juel"><text>${x}</text></literalExpression>
                  </decision>
                </definitions>
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).extracting(SopProblem::elementId)
                .containsExactlyInAnyOrder("Defs", "InExpr", "InEntry", "LiteralExpr");
        assertThat(problems).allMatch(p -> p.message().contains("decisions are written in FEEL only"));
        assertThat(problems).anyMatch(p -> p.message().contains("expression language 'groovy'"));
    }

    @Test
    void aFeelDecisionPasses() {
        assertThat(lint.check(Map.of("ok.dmn", SopLintRulesTest.decision("camunda:historyTimeToLive=\"P1D\"",
                "FIRST", "<inputEntry expressionLanguage=\"feel\"><text>&gt; 3</text></inputEntry>",
                "<outputEntry><text>\"a\"</text></outputEntry>")))).isEmpty();
    }

    private void assertRefused(String elements, String elementId, String reason) {
        List<SopProblem> problems = lint.check(Map.of("t.bpmn", process(elements)));

        assertThat(problems).as("problems of %s", elements)
                .anySatisfy(problem -> {
                    assertThat(problem.resource()).isEqualTo("t.bpmn");
                    assertThat(problem.elementId()).isEqualTo(elementId);
                    assertThat(problem.message()).contains(reason);
                });
    }

    private static String condition(String expression) {
        return """
                <bpmn:exclusiveGateway id="Choose" name="a"/>
                <bpmn:endEvent id="End" name="b"/>
                <bpmn:sequenceFlow id="Flow" sourceRef="Choose" targetRef="End">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">%s</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                """.formatted(expression.replace("<", "&lt;").replace(">", "&gt;"));
    }

    private static String condition2(String expression) {
        return condition(expression).replace("\"Choose\"", "\"Choose2\"").replace("\"End\"", "\"End2\"")
                .replace("\"Flow\"", "\"Flow2\"");
    }
}
