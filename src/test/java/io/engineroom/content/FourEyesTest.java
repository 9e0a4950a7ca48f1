package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Four eyes, enforced by the engine: whoever wrote the copy cannot review it, whatever their roles. */
@EngineRoomIntegrationTest
class FourEyesTest {

    private static final String WRITER = "writer-and-manager";
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    TestRestTemplate http;

    long item;

    @BeforeEach
    void copyWrittenBySomeoneWhoIsAlsoABrandReviewer() {
        users.createUser(WRITER, "Wanda", "Writer", null, TestUsers.PASSWORD,
                List.of(Role.COPYWRITER, Role.BRAND_REVIEWER));
        brands.addMember("beanleaf", WRITER);
        item = content.plan("beanleaf", "Four eyes " + System.nanoTime());
        taskService.complete(task().getId(), Map.of(OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(),
                "Two people look"));
        try (var signedIn = SignedIn.as(users, WRITER)) {
            inbox.complete(task().getId(), Map.of(CAPTION.name(), "Written by Wanda, reviewed by someone else"), UTC);
        }
        assertThat(task().getTaskDefinitionKey()).isEqualTo("BrandReview");
    }

    @Test
    void theWriterCannotClaimOrApproveTheReview() {
        String review = task().getId();
        try (var signedIn = SignedIn.as(users, WRITER)) {
            assertThatThrownBy(() -> inbox.claim(review)).isInstanceOf(TaskActionException.class)
                    .hasMessageContaining("someone else must review it");
            assertThatThrownBy(() -> inbox.complete(review, Map.of(REVIEW_DECISION.name(), "approve"), UTC))
                    .isInstanceOf(TaskActionException.class).hasMessageContaining("someone else must review it");
        }
        assertThat(task().getId()).isEqualTo(review);
        assertThat(task().getAssignee()).isNull();
    }

    @Test
    void theWriterIsRefusedThroughTheEngineApiToo() {
        String review = task().getId();
        var claim = http.withBasicAuth(WRITER, TestUsers.PASSWORD).postForEntity(
                "/engine-rest/task/" + review + "/claim", Map.of("userId", WRITER), String.class);
        var complete = http.withBasicAuth(WRITER, TestUsers.PASSWORD).postForEntity(
                "/engine-rest/task/" + review + "/complete",
                Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", "approve"))), String.class);

        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(task().getId()).isEqualTo(review);
    }

    @Test
    void anotherBrandReviewerApproves() {
        try (var signedIn = SignedIn.as(users, "brand-reviewer")) {
            inbox.complete(task().getId(), Map.of(REVIEW_DECISION.name(), "approve"), UTC);
        }
        assertThat(content.get(item).state()).isEqualTo("APPROVED");
    }

    private Task task() {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }
}
