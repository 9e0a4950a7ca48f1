package io.engineroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * Auditors read, they never act: not through the task inbox and not through Camunda's REST API, even on a task of
 * their own brand that waits for anyone of its group.
 */
@EngineRoomIntegrationTest
class AuditorReadOnlyTest {

    private static final String PASSWORD = "demo";

    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    TestRestTemplate http;

    String instanceId;
    Task review;

    @BeforeEach
    void aReviewWaitsInTheAuditorsBrand() {
        AuditHistoryFixture.ensure(context);
        instanceId = runtime.startProcessInstanceByKey(AuditHistoryFixture.SOP,
                "audit-test:read-only-" + UUID.randomUUID(), Map.of("brand", "northwind")).getId();
        review = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    /** The review would otherwise wait in every legal person's inbox for the rest of the build. */
    @AfterEach
    void endTheReview() {
        if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
            runtime.deleteProcessInstance(instanceId, "test over");
        }
    }

    @Test
    void theAuditorCannotClaimCompleteOrAssignThroughTheInbox() {
        try (var signedIn = SignedIn.as(users, "auditor")) {
            assertThatThrownBy(() -> inbox.claim(review.getId())).isInstanceOf(TaskActionException.class);
            assertThatThrownBy(() -> inbox.complete(review.getId(), Map.of("reviewDecision", "approve"),
                    ZoneOffset.UTC)).isInstanceOf(TaskActionException.class);
            assertThatThrownBy(() -> inbox.assign(review.getId(), "auditor")).isInstanceOf(TaskActionException.class);
            assertThat(inbox.assignees(review.getId())).isEmpty();
        }
        assertUntouched();
    }

    @Test
    void theAuditorCannotClaimCompleteOrChangeAnythingThroughTheEngineApi() {
        var auditor = http.withBasicAuth("auditor", PASSWORD);
        var claim = auditor.postForEntity("/engine-rest/task/" + review.getId() + "/claim",
                Map.of("userId", "auditor"), String.class);
        var complete = auditor.postForEntity("/engine-rest/task/" + review.getId() + "/complete",
                Map.of("variables", Map.of("reviewDecision", Map.of("value", "approve"))), String.class);
        var assignee = auditor.postForEntity("/engine-rest/task/" + review.getId() + "/assignee",
                Map.of("userId", "auditor"), String.class);
        var variable = auditor.exchange("/engine-rest/process-instance/" + instanceId + "/variables/brand",
                HttpMethod.PUT, new HttpEntity<>(Map.of("value", "beanleaf")), String.class);
        var delete = auditor.exchange("/engine-rest/process-instance/" + instanceId, HttpMethod.DELETE, null,
                String.class);

        // the engine API's allow-list gives auditors history reads only: every one of these is refused before
        // Camunda sees it
        for (var response : java.util.List.of(claim, complete, assignee, variable, delete)) {
            assertThat(response.getStatusCode().value()).isEqualTo(403);
            assertThat(response.getBody()).contains("Staff work through Engine Room's screens");
        }
        assertUntouched();
        assertThat(runtime.getVariable(instanceId, "brand")).isEqualTo("northwind");
    }

    @Test
    void theAuditorStillReadsTheInstancesHistory() {
        try (var signedIn = SignedIn.as(users, "auditor")) {
            assertThat(inboxEmptyForAuditor()).isTrue();
            InstanceHistory history = context.getBean(ProcessHistory.class).instance(instanceId).orElseThrow();
            assertThat(history.active()).containsExactly("LegalReview");
        }
    }

    private boolean inboxEmptyForAuditor() {
        return inbox.page(new io.engineroom.workflow.InboxFilter(null, AuditHistoryFixture.SOP), 0, 50).isEmpty();
    }

    private void assertUntouched() {
        Task now = taskService.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(now).as("the review still waits").isNotNull();
        assertThat(now.getAssignee()).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
    }
}
