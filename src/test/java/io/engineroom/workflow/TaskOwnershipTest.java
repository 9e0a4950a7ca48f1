package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A claimed task is its assignee's: nobody else completes it, neither in the UI's service nor over REST. */
@EngineRoomIntegrationTest
class TaskOwnershipTest {

    private static final Map<String, Object> COPY = Map.of("caption", "A caption long enough to pass",
            "hashtags", "#coffee #autumn");

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;

    String copyTask;

    @BeforeEach
    void aCopyTaskClaimedByTheCopywriter() {
        TestUsers.ensure(users, brands, "copywriter-two", Role.COPYWRITER, "northwind", "beanleaf");
        long item = content.plan("beanleaf", "Ownership test");
        Task brief = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
        taskService.complete(brief.getId(), Map.of("objective", "awareness", "keyMessage", "Autumn is here"));
        copyTask = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult().getId();
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            inbox.claim(copyTask);
        }
    }

    @Test
    void anotherCopywriterCannotCompleteItThroughTheInbox() {
        try (var signedIn = SignedIn.as(users, "copywriter-two")) {
            assertThatThrownBy(() -> inbox.complete(copyTask, COPY, ZoneId.of("UTC")))
                    .isInstanceOf(TaskActionException.class).hasMessageContaining("claimed by copywriter");
            assertThatThrownBy(() -> inbox.claim(copyTask)).isInstanceOf(TaskActionException.class);
            assertThatThrownBy(() -> inbox.unclaim(copyTask)).isInstanceOf(TaskActionException.class);
        }
        assertThat(taskService.createTaskQuery().taskId(copyTask).singleResult().getAssignee()).isEqualTo("copywriter");
    }

    @Test
    void anotherCopywriterCannotCompleteItThroughTheEngineApi() {
        var response = http.withBasicAuth("copywriter-two", TestUsers.PASSWORD)
                .postForEntity("/engine-rest/task/" + copyTask + "/complete", Map.of("variables", Map.of()),
                        String.class);

        // the task API is closed to staff altogether
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("Engine Room's screens");
        assertThat(taskService.createTaskQuery().taskId(copyTask).count()).isEqualTo(1);
    }

    @Test
    void anotherCopywriterCannotCompleteItThroughTheEngineEither() {
        // the engine's own check, for any caller that reaches the task service as that person
        identityService.setAuthentication("copywriter-two", List.of(Role.COPYWRITER.groupId()),
                List.of("northwind", "beanleaf"));
        try {
            assertThatThrownBy(() -> taskService.complete(copyTask, Map.of()))
                    .hasMessageContaining("claimed by copywriter");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().taskId(copyTask).count()).isEqualTo(1);
    }

    @Test
    void theAssigneeCompletesItWithTypedFormValuesAndHistoryRecordsWho() {
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            inbox.complete(copyTask, Map.of("caption", "A caption long enough to pass", "hashtags", "#coffee"),
                    ZoneId.of("UTC"));
        }

        assertThat(taskService.createTaskQuery().taskId(copyTask).count()).isZero();
        var done = historyService.createHistoricTaskInstanceQuery().taskId(copyTask).singleResult();
        assertThat(done.getAssignee()).isEqualTo("copywriter");
        var hashtags = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).variableName("hashtags").singleResult();
        assertThat(hashtags.getValue()).isEqualTo("#coffee");
    }

    @Test
    void invalidFormValuesAreRefusedWithTheFieldAndNothingIsCompleted() {
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> inbox.complete(copyTask, Map.of("caption", "short", "hashtags", "no hash"),
                    ZoneId.of("UTC")))
                    .isInstanceOfSatisfying(TaskActionException.class, refused -> assertThat(refused.fieldErrors())
                            .containsOnlyKeys("caption", "hashtags"));
        }
        assertThat(taskService.createTaskQuery().taskId(copyTask).count()).isEqualTo(1);
    }
}
