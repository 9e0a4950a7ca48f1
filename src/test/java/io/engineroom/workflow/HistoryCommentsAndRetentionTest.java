package io.engineroom.workflow;

import static io.engineroom.support.AdminRestRefusal.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * History keeps a task's and an instance's comments and attachments, and its retention is the brand's: nobody,
 * not even an admin, deletes or rewrites a comment or an attachment, or changes a definition's history time to
 * live at run time, over {@code /engine-rest} or through Java. Adding comments and attachments stays open. After
 * each refusal the comments, the attachment and the time to live are exactly as before.
 */
@EngineRoomIntegrationTest
class HistoryCommentsAndRetentionTest {

    private static final String TASK_NOTE = "Rejected: the claim about fair trade needs a source";
    private static final String INSTANCE_NOTE = "Client asked to hold this piece until Monday";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineIdentity engine;
    @Autowired
    UserDirectory users;

    String definitionId;
    String instanceId;
    String taskId;
    Comment taskComment;
    Comment instanceComment;
    Attachment attachment;
    DecisionDefinition decision;
    Integer decisionTimeToLive;

    @BeforeEach
    void aDraftWithACommentAnInstanceCommentAndAnAttachment() {
        String key = "sops-test-comments-" + UUID.randomUUID().toString().substring(0, 8);
        definitionId = SopTestModels.deploy(repositoryService, key,
                SopTestModels.model(key, false, Role.SOCIAL_MANAGER.groupId())).getId();
        instanceId = runtimeService.startProcessInstanceById(definitionId, Map.of("brand", "beanleaf")).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        // written by a person, as the review screens do
        as("social-manager", () -> {
            taskComment = taskService.createComment(taskId, instanceId, TASK_NOTE);
            instanceComment = taskService.createComment(null, instanceId, INSTANCE_NOTE);
            attachment = taskService.createAttachment("url", taskId, instanceId, "Approved visual",
                    "the version the client saw", "https://example.com/visual-v3.png");
        });
        // the shared one: a brand may have its own version too
        decision = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("approval-stages")
                .withoutTenantId().latestVersion().singleResult();
        decisionTimeToLive = decision.getHistoryTimeToLive();
    }

    @AfterEach
    void endTheInstance() {
        runtimeService.deleteProcessInstance(instanceId, "test over");
    }

    @Test
    void adminCannotDeleteOrRewriteCommentsOrAttachmentsOverEngineRest() {
        String task = "/engine-rest/task/" + taskId;
        String instance = "/engine-rest/process-instance/" + instanceId;

        assertRefused(http, HttpMethod.DELETE, task + "/comment/" + taskComment.getId(), null);
        assertRefused(http, HttpMethod.DELETE, task + "/comment", null);
        assertRefused(http, HttpMethod.PUT, task + "/comment",
                "{\"id\": \"" + taskComment.getId() + "\", \"message\": \"Approved as it was\"}");
        assertRefused(http, HttpMethod.DELETE, instance + "/comment/" + instanceComment.getId(), null);
        assertRefused(http, HttpMethod.DELETE, instance + "/comment", null);
        assertRefused(http, HttpMethod.PUT, instance + "/comment",
                "{\"id\": \"" + instanceComment.getId() + "\", \"message\": \"No hold\"}");
        assertRefused(http, HttpMethod.DELETE, task + "/attachment/" + attachment.getId(), null);

        assertCommentsAndAttachmentKept();
    }

    @Test
    void javaCallersAreRefusedTooButMayStillAddComments() {
        List<ThrowingCallable> attempts = List.of(
                () -> taskService.deleteTaskComment(taskId, taskComment.getId()),
                () -> taskService.deleteTaskComments(taskId),
                () -> taskService.updateTaskComment(taskId, taskComment.getId(), "Approved as it was"),
                () -> taskService.deleteProcessInstanceComment(instanceId, instanceComment.getId()),
                () -> taskService.deleteProcessInstanceComments(instanceId),
                () -> taskService.updateProcessInstanceComment(instanceId, instanceComment.getId(), "No hold"),
                () -> taskService.deleteAttachment(attachment.getId()),
                () -> taskService.deleteTaskAttachment(taskId, attachment.getId()),
                () -> {
                    Attachment renamed = taskService.getAttachment(attachment.getId());
                    renamed.setDescription("a different version");
                    taskService.saveAttachment(renamed);
                },
                // a cascading task delete would take the task's history, comments and attachments along
                () -> taskService.deleteTask(taskId, true));

        as("admin", () -> {
            attempts.forEach(attempt -> assertThatThrownBy(attempt).isInstanceOf(AuthorizationException.class)
                    .hasMessageContaining("History cannot be edited or deleted"));
            taskService.createComment(taskId, instanceId, "Second look: fine now");
        });

        assertCommentsAndAttachmentKept();
        assertThat(taskService.getTaskComments(taskId)).extracting(Comment::getFullMessage)
                .containsExactlyInAnyOrder(TASK_NOTE, "Second look: fine now");
    }

    @Test
    void adminCannotChangeAHistoryTimeToLiveOverEngineRestOrJava() {
        assertRefused(http, HttpMethod.PUT,
                "/engine-rest/process-definition/" + definitionId + "/history-time-to-live",
                "{\"historyTimeToLive\": 1}");
        assertRefused(http, HttpMethod.PUT, "/engine-rest/decision-definition/" + decision.getId()
                + "/history-time-to-live", "{\"historyTimeToLive\": 1}");

        as("admin", () -> {
            assertThatThrownBy(() -> repositoryService.updateProcessDefinitionHistoryTimeToLive(definitionId, 1))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("set per brand");
            assertThatThrownBy(() -> repositoryService.updateDecisionDefinitionHistoryTimeToLive(decision.getId(), 1))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("set per brand");
            // refused before the engine even looks the definition up
            assertThatThrownBy(() -> repositoryService.updateCaseDefinitionHistoryTimeToLive("any-case", 1))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("set per brand");
        });

        assertThat(repositoryService.getProcessDefinition(definitionId).getHistoryTimeToLive()).isEqualTo(30);
        assertThat(repositoryService.getDecisionDefinition(decision.getId()).getHistoryTimeToLive())
                .isEqualTo(decisionTimeToLive);
    }

    private void assertCommentsAndAttachmentKept() {
        assertThat(taskService.getTaskComment(taskId, taskComment.getId()).getFullMessage()).isEqualTo(TASK_NOTE);
        assertThat(taskService.getProcessInstanceComments(instanceId)).extracting(Comment::getFullMessage)
                .contains(TASK_NOTE, INSTANCE_NOTE);
        Attachment kept = taskService.getAttachment(attachment.getId());
        assertThat(kept).isNotNull();
        assertThat(kept.getName()).isEqualTo("Approved visual");
        assertThat(kept.getDescription()).isEqualTo("the version the client saw");
        assertThat(taskService.getTaskAttachments(taskId)).hasSize(1);
    }

    private void as(String userId, Runnable work) {
        engine.as(users.load(userId).orElseThrow(), () -> {
            work.run();
            return null;
        });
    }
}
