package io.engineroom.workflow;

import static io.engineroom.support.AdminRestRefusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.workflow.change.ChangeIntake;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Nobody edits or deletes history, not even admin, not over {@code /engine-rest} nor through Java: over REST each
 * attempt is a 403 from the engine API's allow-list (problem details; none of these calls is on it), through Java a
 * 403 from the engine's own guard, and the history is still there afterwards.
 */
@EngineRoomIntegrationTest
class HistoryProtectionTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    String deploymentId;
    String definitionId;
    String instanceId;
    String variableId;
    UserOperationLogEntry logEntry;

    @BeforeEach
    void finishedInstanceWithAnOperationLog() {
        String key = "guards-history-" + UUID.randomUUID().toString().substring(0, 8);
        // a fixture, not an SOP change under test: live at once instead of waiting for a review
        deploymentId = ChangeIntake.atOnce(() -> repositoryService.createDeployment().name(key).addModelInstance(
                key + ".bpmn", Bpmn.createExecutableProcess(key).name("History test").camundaHistoryTimeToLive(30)
                        .startEvent("Start").name("Start").endEvent("End").name("End").done()).deploy()).getId();
        definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult()
                .getId();
        // started by a signed-in person, so the operation log has an entry of its own
        identityService.setAuthentication("admin", java.util.List.of("admin"), java.util.List.of("northwind"));
        try {
            instanceId = runtimeService.startProcessInstanceById(definitionId, Map.of("brand", "northwind",
                    "note", "kept")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        variableId = historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName("note").singleResult().getId();
        logEntry = historyService.createUserOperationLogQuery().processInstanceId(instanceId).list().get(0);
    }

    @Test
    void adminCannotDeleteOrEditHistoryOverEngineRest() {
        assertRefused(http, HttpMethod.DELETE, "/engine-rest/history/process-instance/" + instanceId, null);
        assertRefused(http, HttpMethod.POST, "/engine-rest/history/process-instance/delete",
                "{\"historicProcessInstanceIds\": [\"" + instanceId + "\"], \"deleteReason\": \"tidy up\"}");
        assertRefused(http, HttpMethod.DELETE, "/engine-rest/history/variable-instance/" + variableId, null);
        assertRefused(http, HttpMethod.POST, "/engine-rest/history/process-instance/set-removal-time",
                "{\"absoluteRemovalTime\": \"2020-01-01T00:00:00.000+0000\", \"historicProcessInstanceIds\": [\""
                        + instanceId + "\"]}");
        // 7.24's REST API offers no deletion of operation log entries, only (un)annotating them; Java deletion below
        assertRefused(http, HttpMethod.PUT, "/engine-rest/history/user-operation/" + logEntry.getOperationId()
                + "/clear-annotation", null);
        assertRefused(http, HttpMethod.PUT, "/engine-rest/history/user-operation/" + logEntry.getOperationId()
                + "/set-annotation", "{\"annotation\": \"nothing happened\"}");
        assertRefused(http, HttpMethod.DELETE, "/engine-rest/deployment/" + deploymentId + "?cascade=true", null);
        assertRefused(http, HttpMethod.DELETE, "/engine-rest/process-definition/" + definitionId + "?cascade=true",
                null);

        assertHistoryIntact();
    }

    @Test
    void javaCallersAreRefusedToo() {
        assertThatThrownBy(() -> historyService.deleteHistoricProcessInstance(instanceId))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("History cannot be edited");
        assertThatThrownBy(() -> historyService.deleteUserOperationLogEntry(logEntry.getId()))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> historyService.setAnnotationForOperationLogById(logEntry.getOperationId(), "x"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> repositoryService.deleteDeployment(deploymentId, true))
                .isInstanceOf(AuthorizationException.class);

        assertHistoryIntact();
    }

    private void assertHistoryIntact() {
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getRemovalTime()).isNotNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().variableId(variableId).count()).isOne();
        UserOperationLogEntry entry = historyService.createUserOperationLogQuery().operationId(
                logEntry.getOperationId()).list().get(0);
        assertThat(entry.getAnnotation()).isNull();
        assertThat(repositoryService.createDeploymentQuery().deploymentId(deploymentId).count()).isOne();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).count()).isOne();
    }
}
