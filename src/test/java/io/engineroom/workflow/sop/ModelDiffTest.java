package io.engineroom.workflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.workflow.ElementChange;
import io.engineroom.workflow.ElementChange.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Element diffs of small BPMN and DMN models: meaning counts, layout does not. */
class ModelDiffTest {

    @Test
    void identicalModelsHaveNoChanges() {
        assertThat(bpmnDiff(process("legal", "PT1H", "Review", 100), process("legal", "PT1H", "Review", 100)))
                .isEmpty();
    }

    @Test
    void movingShapesInTheDiagramIsNoChange() {
        assertThat(bpmnDiff(process("legal", "PT1H", "Review", 100), process("legal", "PT1H", "Review", 420)))
                .isEmpty();
    }

    @Test
    void anotherCandidateGroupChangesTheTaskAndSaysWhich() {
        List<ElementChange> changes = bpmnDiff(process("legal", "PT1H", "Review", 100),
                process("brand-reviewer", "PT1H", "Review", 100));

        assertThat(changes).containsExactly(new ElementChange("Review", "userTask", "Review", Kind.CHANGED,
                List.of("camunda:candidateGroups: legal → brand-reviewer")));
    }

    @Test
    void aRenamedTaskAndAnotherTimerAreChanges() {
        List<ElementChange> changes = bpmnDiff(process("legal", "PT1H", "Review", 100),
                process("legal", "PT2H", "Review the post", 100));

        assertThat(changes).extracting(ElementChange::elementId, ElementChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Review", Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("Reminder", Kind.CHANGED));
        assertThat(changes.get(0).details()).containsExactly("name: Review → Review the post");
        assertThat(changes.get(1).details()).singleElement().asString().contains("timerEventDefinition")
                .contains("PT1H").contains("PT2H");
    }

    @Test
    void anAddedTaskIsAddedItsNeighboursFlowsChangedAndARemovedOneRemoved() {
        String before = process("legal", "PT1H", "Review", 100);
        String after = before
                .replace("<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Review\" targetRef=\"End\" />",
                        "<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Review\" targetRef=\"Publish\" />"
                                + "<bpmn:userTask id=\"Publish\" name=\"Publish\" camunda:candidateGroups=\"social-manager\" />"
                                + "<bpmn:sequenceFlow id=\"F3\" sourceRef=\"Publish\" targetRef=\"End\" />")
                .replace("<bpmn:incoming>F2</bpmn:incoming>", "<bpmn:incoming>F3</bpmn:incoming>");

        List<ElementChange> changes = bpmnDiff(before, after);

        assertThat(changes).extracting(ElementChange::elementId, ElementChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("F2", Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("End", Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("Publish", Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("F3", Kind.ADDED));
        assertThat(changes.get(0).details()).containsExactly("targetRef: End → Publish");
        assertThat(changes.get(1).details()).containsExactly("incoming flows: [F2] → [F3]");
        assertThat(changes.get(2).type()).isEqualTo("userTask");

        assertThat(bpmnDiff(after, before)).extracting(ElementChange::elementId, ElementChange::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Publish", Kind.REMOVED));
    }

    @Test
    void anotherFormOrDelegateIsAChangeOfTheTask() {
        String before = process("legal", "PT1H", "Review", 100);
        String after = before.replace("camunda:candidateGroups=\"legal\"",
                "camunda:candidateGroups=\"legal\" camunda:formRef=\"content-review\" camunda:formRefBinding=\"deployment\"");

        assertThat(bpmnDiff(before, after)).singleElement().satisfies(change -> {
            assertThat(change.elementId()).isEqualTo("Review");
            assertThat(change.details()).containsExactly("camunda:formRef: (none) → content-review",
                    "camunda:formRefBinding: (none) → deployment");
        });
    }

    @Test
    void anotherInputMappingInTheExtensionElementsIsAChange() {
        String before = process("legal", "PT1H", "Review", 100);
        String after = before.replace("<bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>",
                "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"stage\">legal"
                        + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"
                        + "<bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>");

        assertThat(bpmnDiff(before, after)).singleElement().satisfies(change -> {
            assertThat(change.elementId()).isEqualTo("Review");
            assertThat(change.details()).singleElement().asString().startsWith("extensionElements: (none) → ")
                    .contains("camunda:inputParameter").contains("stage").contains("legal");
        });
    }

    @Test
    void aChangedDecisionRuleIsNamedAndTheTablesLayoutIsIgnored() {
        List<ElementChange> changes = ModelDiff.between("x.dmn", bytes(decision("\"legal\"", 100)),
                bytes(decision("\"executive\"", 300)));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.elementId()).isEqualTo("RuleRegulated");
            assertThat(change.type()).isEqualTo("rule");
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.details()).singleElement().asString().contains("outputEntry").contains("executive");
        });
    }

    private static List<ElementChange> bpmnDiff(String before, String after) {
        return ModelDiff.between("processes/x.bpmn", bytes(before), bytes(after));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Start → Review (user task, reminder timer) → End, with a diagram whose task sits at {@code x}. */
    private static String process(String group, String reminder, String taskName, int x) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://engineroom.io/test">
                  <bpmn:process id="sops-test-diff" name="Diff test" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Start" name="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
                    <bpmn:userTask id="Review" name="%s" camunda:candidateGroups="%s">
                      <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:boundaryEvent id="Reminder" name="Reminder" cancelActivity="false" attachedToRef="Review">
                      <bpmn:timerEventDefinition id="ReminderTimer"><bpmn:timeDuration>%s</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="End" />
                    <bpmn:endEvent id="End" name="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram">
                    <bpmndi:BPMNPlane id="Plane" bpmnElement="sops-test-diff">
                      <bpmndi:BPMNShape id="Review_di" bpmnElement="Review"><dc:Bounds x="%d" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(taskName, group, reminder, x).strip();
    }

    private static String decision(String regulatedOutput, int x) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
                    xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:biodi="http://bpmn.io/schema/dmn/biodi/1.0"
                    id="StagesDefs" name="Stages" namespace="http://engineroom.io/test">
                  <decision id="sops-test-stages" name="Stages">
                    <extensionElements><biodi:bounds x="%1$d" y="80" width="180" height="80" /></extensionElements>
                    <decisionTable id="Table" hitPolicy="FIRST">
                      <input id="InputRegulated" label="Regulated"><inputExpression id="Expr" typeRef="boolean"><text>regulated</text></inputExpression></input>
                      <output id="OutputStage" label="Stage" name="stage" typeRef="string" />
                      <rule id="RuleRegulated"><inputEntry id="E1"><text>true</text></inputEntry><outputEntry id="O1"><text>%2$s</text></outputEntry></rule>
                      <rule id="RuleOther"><inputEntry id="E2"><text>false</text></inputEntry><outputEntry id="O2"><text>"none"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                  <dmndi:DMNDI><dmndi:DMNDiagram id="D"><dmndi:DMNShape id="S" dmnElementRef="sops-test-stages">
                    <dc:Bounds height="80" width="180" x="%1$d" y="100" /></dmndi:DMNShape></dmndi:DMNDiagram></dmndi:DMNDI>
                </definitions>
                """.formatted(x, regulatedOutput).strip();
    }
}
