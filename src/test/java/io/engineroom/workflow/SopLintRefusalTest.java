package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopDeploymentException;
import io.engineroom.workflow.deployment.SopFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The SOP lint refuses a deployment from Camunda Modeler (a real multipart POST to {@code /engine-rest} with HTTP
 * Basic, as Modeler sends it, as an admin deploying the shared version) with 400 and every problem by element id,
 * one test per rule, and nothing deploys; the folder deployer refuses a bad folder the same way.
 */
@EngineRoomIntegrationTest
class SopLintRefusalTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    SopDeployer deployer;

    String key;

    @BeforeEach
    void key() {
        key = "guards-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCleanModelDeploys() {
        ResponseEntity<String> response = deploy(Map.of(key + ".bpmn", process(userTask("Review",
                "camunda:candidateGroups=\"legal\" camunda:formRef=\"" + key + "-form\" "
                        + "camunda:formRefBinding=\"deployment\"")), key + ".form", form(key + "-form")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
    }

    @Test
    void aUserTaskWithoutAnExistingCandidateGroupIsRefused() {
        assertRefused(Map.of(key + ".bpmn", process(userTask("Review", "camunda:candidateGroups=\"marketing\" "
                + "camunda:formRef=\"content-review\" camunda:formRefBinding=\"latest\""))), "Review",
                "candidate group 'marketing' does not exist");
    }

    @Test
    void aUserTaskWithoutAFormOrWithAMissingOneIsRefused() {
        assertRefused(Map.of(key + ".bpmn", process(userTask("Review", "camunda:candidateGroups=\"legal\""))),
                "Review", "the user task has no form");
        assertRefused(Map.of(key + ".bpmn", process(userTask("Review", "camunda:candidateGroups=\"legal\" "
                + "camunda:formRef=\"content-review\" camunda:formRefBinding=\"deployment\""))), "Review",
                "form 'content-review' is bound by deployment but is not in this deployment");
        assertRefused(Map.of(key + ".bpmn", process(userTask("Review", "camunda:candidateGroups=\"legal\" "
                + "camunda:formRef=\"no-such-form\" camunda:formRefBinding=\"latest\""))), "Review",
                "form 'no-such-form' does not exist");
    }

    @Test
    void aTimerThatDoesNotParseIsRefused() {
        assertRefused(Map.of(key + ".bpmn", process("""
                <bpmn:intermediateCatchEvent id="WaitADay" name="Wait a day">
                  <bpmn:timerEventDefinition id="WaitADayTimer"><bpmn:timeDuration>one day</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""")), "WaitADay", "the timer's duration 'one day' does not parse");
    }

    @Test
    void aDelegateExpressionNamingNoBeanIsRefused() {
        assertRefused(Map.of(key + ".bpmn", process("""
                <bpmn:serviceTask id="Publish" name="Publish" camunda:delegateExpression="${publishEverywhere}"/>
                """)), "Publish", "there is no Spring bean 'publishEverywhere'");
    }

    @Test
    void aModelThatWouldRunCodeOfTheDeployersChoosingIsRefused() {
        String body = assertRefused(Map.of(key + ".bpmn", process("""
                <bpmn:scriptTask id="Script" name="Script" scriptFormat="groovy">
                  <bpmn:script>'id'.execute()</bpmn:script>
                </bpmn:scriptTask>
                <bpmn:serviceTask id="Direct" name="Direct" camunda:class="io.engineroom.content.process.PublishContent"/>
                <bpmn:serviceTask id="Lookup" name="Lookup" camunda:delegateExpression="${userDirectory}"/>
                <bpmn:serviceTask id="Walk" name="Walk"
                    camunda:expression="${execution.getProcessEngineServices().getIdentityService()}"/>
                """)), "Script", "a script task runs the script written into the model");

        assertThat(body).contains("element 'Direct'").contains("runs a Java class the model names")
                .contains("element 'Lookup'").contains("not one of Engine Room's delegates")
                .contains("element 'Walk'").contains("calls getProcessEngineServices(...) on the engine's execution");
    }

    @Test
    void aDecisionInAnotherLanguageThanFeelIsRefused() {
        assertRefused(Map.of(key + ".dmn", decision("<inputEntry expressionLanguage=\"javascript\"><text>true</text>"
                + "</inputEntry><outputEntry><text>\"a\"</text></outputEntry>")), key + "-rule",
                "uses expression language 'javascript': decisions are written in FEEL only");
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveIsRefused() {
        String model = new String(process(""), StandardCharsets.UTF_8).replace(" camunda:historyTimeToLive=\"30\"",
                "");
        assertRefused(Map.of(key + ".bpmn", model.getBytes(StandardCharsets.UTF_8)), key,
                "the process has no camunda:historyTimeToLive");
    }

    @Test
    void aMalformedDecisionTableIsRefused() {
        // a rule without its input entry (DMN's schema allows it; Camunda cannot evaluate it)
        assertRefused(Map.of(key + ".dmn", decision("<outputEntry><text>\"a\"</text></outputEntry>")), key
                + "-rule", "the rule has 0 input and 1 output entries");
        assertRefused(Map.of(key + ".dmn", decision("<inputEntry><text>&gt;&gt; ((</text></inputEntry>"
                + "<outputEntry><text>\"a\"</text></outputEntry>")), key + "-rule", "does not parse");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isZero();
    }

    @Test
    void aFormThatIsNotJsonWithAnIdIsRefused() {
        // a form has no elements: the problem names the file
        assertRefused(Map.of(key + ".form", "{\"type\": \"default\"}".getBytes(StandardCharsets.UTF_8)), null,
                key + ".form: is not a Camunda Form: it has no \\\"id\\\"");
    }

    @Test
    void everyProblemOfADeploymentIsListed() {
        String body = assertRefused(Map.of(key + ".bpmn", process(userTask("Review", "camunda:candidateGroups="
                + "\"marketing\"") + """
                <bpmn:serviceTask id="Publish" name="Publish" camunda:delegateExpression="${publishEverywhere}"/>
                """), key + ".form", "not json".getBytes(StandardCharsets.UTF_8)), "Review",
                "candidate group 'marketing' does not exist");

        assertThat(body).contains("4 problems").contains("the user task has no form")
                .contains("element 'Publish'").contains(key + ".form: is not valid JSON");
    }

    @Test
    void theFolderDeployerRefusesABadFolderAndDeploysNothing(@TempDir Path root) throws IOException {
        Path processes = Files.createDirectory(root.resolve("processes"));
        Path forms = Files.createDirectory(root.resolve("forms"));
        Files.write(processes.resolve(key + ".bpmn"), process(userTask("Review", "camunda:candidateGroups=\"legal\"")));
        Files.write(forms.resolve(key + ".form"), form(key + "-form"));
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(() -> deployer.deployChanges(new SopFolders(processes, forms)))
                .isInstanceOf(SopDeploymentException.class)
                .hasMessageContaining("processes/" + key + ".bpmn, element 'Review': the user task has no form");

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    /** Deploys as Camunda Modeler does; asserts 400, the element and message, and that nothing deployed. */
    private String assertRefused(Map<String, byte[]> files, String elementId, String message) {
        ResponseEntity<String> response = deploy(files);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"type\"").contains("SOP lint refused the deployment")
                .contains(elementId == null ? "" : "element '" + elementId + "'").contains(message);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(key).count()).isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        return response.getBody();
    }

    private ResponseEntity<String> deploy(Map<String, byte[]> files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", key);
        body.add("deployment-source", "Camunda Modeler");
        new LinkedHashMap<>(files).forEach((name, content) -> body.add(name, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
    }

    private static String userTask(String id, String attributes) {
        return "<bpmn:userTask id=\"" + id + "\" name=\"" + id + "\" " + attributes + "/>\n";
    }

    private byte[] process(String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://test">
                  <bpmn:process id="%s" name="Lint test" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="Start" name="Start"/>
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, elements).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] decision(String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Defs" name="d" namespace="http://test">
                  <decision id="%1$s" name="Lint test" camunda:historyTimeToLive="P1D">
                    <decisionTable id="%1$s-table" hitPolicy="FIRST">
                      <input id="%1$s-input" label="n"><inputExpression id="%1$s-expr" typeRef="integer">
                        <text>n</text></inputExpression></input>
                      <output id="%1$s-output" name="out" typeRef="string"/>
                      <rule id="%1$s-rule">%2$s</rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, entries).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] form(String id) {
        return ("{\"id\": \"" + id + "\", \"type\": \"default\", \"schemaVersion\": 18, \"components\": "
                + "[{\"id\": \"Field\", \"type\": \"textfield\", \"key\": \"field\", \"label\": \"Field\"}]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
