package io.engineroom.workflow.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.workflow.SopProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lint's rules on small models, without an engine: groups, beans and forms come from {@link StandInEnvironment}. */
class SopLintRulesTest {

    final LintEnvironment environment = new StandInEnvironment();
    final CamundaSopLint lint = new CamundaSopLint(environment);

    @Test
    void theRealSopsAndFormsPass() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Stream.of("processes", "forms").forEach(folder -> read(Path.of(folder), files));

        assertThat(files).hasSizeGreaterThan(20);
        assertThat(lint.check(files)).isEmpty();
    }

    @Test
    void userTasksNeedAnExistingGroupOrAnAssigneeExpressionAndAForm() {
        List<SopProblem> problems = lint.check(Map.of("t.bpmn", process("""
                <bpmn:userTask id="NoGroup" name="a" camunda:formRef="f" camunda:formRefBinding="deployment"/>
                <bpmn:userTask id="UnknownGroup" name="b" camunda:candidateGroups="legal, marketing"
                               camunda:formRef="f" camunda:formRefBinding="deployment"/>
                <bpmn:userTask id="ByExpression" name="c" camunda:assignee="${noticeTo}" camunda:formRef="f"
                               camunda:formRefBinding="deployment"/>
                <bpmn:userTask id="GroupExpression" name="d" camunda:candidateGroups="${queue}" camunda:formRef="f"
                               camunda:formRefBinding="deployment"/>
                <bpmn:userTask id="NoForm" name="e" camunda:candidateGroups="legal"/>
                <bpmn:userTask id="FormMissing" name="f" camunda:candidateGroups="legal" camunda:formRef="g"
                               camunda:formRefBinding="deployment"/>
                <bpmn:userTask id="LatestDeployed" name="g" camunda:candidateGroups="legal"
                               camunda:formRef="deployed-form" camunda:formRefBinding="latest"/>
                <bpmn:userTask id="NoBinding" name="i" camunda:candidateGroups="legal" camunda:formRef="f"/>
                <bpmn:userTask id="VersionMissing" name="h" camunda:candidateGroups="legal"
                               camunda:formRef="deployed-form" camunda:formRefBinding="version"
                               camunda:formRefVersion="2"/>
                """), "f.form", form("f")));

        assertThat(problems).extracting(SopProblem::elementId)
                .containsExactlyInAnyOrder("NoGroup", "UnknownGroup", "NoForm", "FormMissing", "VersionMissing",
                        "NoBinding");
        assertThat(problems).anyMatch(p -> p.message().contains("'marketing' does not exist"));
    }

    @Test
    void timersMustParseUnlessTheyAreExpressions() {
        List<SopProblem> problems = lint.check(Map.of("t.bpmn", process("""
                <bpmn:intermediateCatchEvent id="GoodDate" name="a"><bpmn:timerEventDefinition>
                  <bpmn:timeDate>2026-01-31T09:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="BadDate" name="b"><bpmn:timerEventDefinition>
                  <bpmn:timeDate>next tuesday</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="BadDuration" name="c"><bpmn:timerEventDefinition>
                  <bpmn:timeDuration>4 hours</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="GoodCron" name="d"><bpmn:timerEventDefinition>
                  <bpmn:timeCycle>0 0 8 * * ?</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="BadCycle" name="e"><bpmn:timerEventDefinition>
                  <bpmn:timeCycle>every hour</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Expression" name="f"><bpmn:timerEventDefinition>
                  <bpmn:timeCycle>R/${statusEvery}</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="GoodRepeat" name="g"><bpmn:timerEventDefinition>
                  <bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                """)));

        assertThat(problems).extracting(SopProblem::elementId)
                .containsExactlyInAnyOrder("BadDate", "BadDuration", "BadCycle");
    }

    @Test
    void delegatesNameBeansThatExist() {
        List<SopProblem> problems = lint.check(Map.of("t.bpmn", process("""
                <bpmn:serviceTask id="Known" name="a" camunda:delegateExpression="${recordBrief}"/>
                <bpmn:serviceTask id="Unknown" name="b" camunda:delegateExpression="${missingBean}"/>
                <bpmn:serviceTask id="WithListener" name="e" camunda:delegateExpression="${recordBrief}">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" delegateExpression="${missingListener}"/>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                """)));

        assertThat(problems).extracting(SopProblem::elementId).containsExactlyInAnyOrder("Unknown", "WithListener");
        assertThat(problems).anyMatch(p -> p.message().contains("there is no Spring bean 'missingListener'"));
    }

    @Test
    void historyTimeToLiveOnProcessesAndDecisions() {
        String noTtl = new String(process(""), StandardCharsets.UTF_8).replace("camunda:historyTimeToLive=\"30\"", "");
        List<SopProblem> problems = lint.check(Map.of("t.bpmn", noTtl.getBytes(StandardCharsets.UTF_8),
                "d.dmn", decision("", "FIRST", "<inputEntry><text>&gt; 3</text></inputEntry>",
                        "<outputEntry><text>\"a\"</text></outputEntry>")));

        assertThat(problems).extracting(SopProblem::elementId).containsExactlyInAnyOrder("P", "D");
    }

    @Test
    void decisionTablesAreWellFormed() {
        assertThat(lint.check(Map.of("ok.dmn", decision("camunda:historyTimeToLive=\"P1D\"", "FIRST",
                "<inputEntry><text>&gt; 3</text></inputEntry>", "<outputEntry><text>\"a\"</text></outputEntry>"))))
                .isEmpty();
        assertThat(lint.check(Map.of("d.dmn", decision("camunda:historyTimeToLive=\"P1D\"", "PRIORITY",
                "<inputEntry><text>&gt; 3</text></inputEntry>", "<outputEntry><text>\"a\"</text></outputEntry>"))))
                .extracting(SopProblem::elementId).containsExactly("Table");
        assertThat(lint.check(Map.of("d.dmn", decision("camunda:historyTimeToLive=\"P1D\"", "FIRST",
                "<inputEntry><text>&gt;&gt; 3 ((</text></inputEntry>", "<outputEntry><text>\"a\"</text></outputEntry>"))))
                .extracting(SopProblem::elementId).containsExactly("Rule1");
        assertThat(lint.check(Map.of("d.dmn", decision("camunda:historyTimeToLive=\"P1D\"", "FIRST", "",
                "<outputEntry><text>\"a\"</text></outputEntry>"))))
                .extracting(SopProblem::elementId).containsExactly("Rule1");
        assertThat(lint.check(Map.of("d.dmn", "<definitions".getBytes(StandardCharsets.UTF_8))))
                .extracting(SopProblem::resource).containsExactly("d.dmn");
    }

    @Test
    void formsAreJsonWithAnId() {
        List<SopProblem> problems = lint.check(Map.of("a.form", "{\"type\": \"default\"}".getBytes(
                StandardCharsets.UTF_8), "b.form", "{not json".getBytes(StandardCharsets.UTF_8), "c.form", form("c")));

        assertThat(problems).extracting(SopProblem::resource).containsExactlyInAnyOrder("a.form", "b.form");
    }

    static byte[] process(String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://t">
                  <bpmn:process id="P" isExecutable="true" camunda:historyTimeToLive="30">
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(elements).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] decision(String ttl, String hitPolicy, String inputEntry, String outputEntry) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Defs" name="d" namespace="http://t">
                  <decision id="D" name="D" %s>
                    <decisionTable id="Table" hitPolicy="%s">
                      <input id="In" label="n"><inputExpression id="InExpr" typeRef="integer"><text>n</text>
                      </inputExpression></input>
                      <output id="Out" name="out" typeRef="string"/>
                      <rule id="Rule1">%s%s</rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(ttl, hitPolicy, inputEntry, outputEntry).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] form(String id) {
        return ("{\"id\": \"" + id + "\", \"type\": \"default\", \"components\": []}").getBytes(StandardCharsets.UTF_8);
    }

    private static void read(Path folder, Map<String, byte[]> into) {
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                try {
                    into.put(folder.getFileName() + "/" + file.getFileName(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
