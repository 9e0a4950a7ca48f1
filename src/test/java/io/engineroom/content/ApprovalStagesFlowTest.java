package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.ALT_TEXT;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.NEEDS_VISUAL;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static io.engineroom.content.ContentApprovalVariables.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Northwind is regulated and signs off its own posts: after internal review a piece goes to legal, then to the
 * Northwind client, and only their inboxes show it; each works it as themselves.
 */
@EngineRoomIntegrationTest
class ApprovalStagesFlowTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;

    @Test
    void aNorthwindPieceIsApprovedThroughLegalAndItsClient() {
        long item = content.plan("northwind", "Mortgage rates explained " + System.nanoTime());
        work("social-manager", item, Map.of(TITLE.name(), "Mortgage rates explained", OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "Rates, plainly explained"));
        work("copywriter", item, Map.of(CAPTION.name(), "What the new rates mean for your mortgage"));
        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("BrandReview");
        assertThat(inboxOf("brand-reviewer")).contains(task(item).getId());
        assertThat(inboxOf("social-manager")).doesNotContain(task(item).getId());
        work("brand-reviewer", item, Map.of(REVIEW_DECISION.name(), "approve"));

        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("LegalReview");
        assertThat(inboxOf("legal")).contains(task(item).getId());
        work("legal", item, Map.of(REVIEW_DECISION.name(), "approve"));

        String clientTask = task(item).getId();
        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("ClientSignOff");
        assertThat(inboxOf("client-northwind")).contains(clientTask);
        assertThat(inboxOf("client-beanleaf")).doesNotContain(clientTask);
        work("client-northwind", item, Map.of(REVIEW_DECISION.name(), "approve"));

        assertThat(content.get(item).state()).isEqualTo("APPROVED");
    }

    @Test
    void aPieceWithAVisualGoesToTheCopywriterAndTheDesignerAtOnceAndToReviewWhenBothAreDone() {
        long item = content.plan("beanleaf", "Roastery photo story " + System.nanoTime());
        work("social-manager", item, Map.of(TITLE.name(), "Roastery photo story", OBJECTIVE.name(), "engagement",
                KEY_MESSAGE.name(), "See where the beans are roasted", NEEDS_VISUAL.name(), true));

        List<String> open = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).list()
                .stream().map(Task::getTaskDefinitionKey).toList();
        assertThat(open).containsExactlyInAnyOrder("WriteCopy", "CreateVisual");
        String visual = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item)
                .taskDefinitionKey("CreateVisual").singleResult().getId();
        assertThat(inboxOf("designer")).contains(visual);
        assertThat(inboxOf("copywriter")).doesNotContain(visual);
        try (var signedIn = SignedIn.as(users, "designer")) {
            inbox.complete(visual, Map.of(ALT_TEXT.name(), "The roaster at work, beans in the drum"), UTC);
        }
        work("copywriter", item, Map.of(CAPTION.name(), "Where the beans become coffee: a morning at our roastery"));

        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("BrandReview");
        assertThat(ALT_TEXT.get(taskService, task(item).getId()))
                .isEqualTo("The roaster at work, beans in the drum");
    }

    private void work(String userId, long item, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, userId)) {
            inbox.complete(task(item).getId(), values, UTC);
        }
    }

    private List<String> inboxOf(String userId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return inbox.page(new InboxFilter(null, "content-approval"), 0, 500).stream().map(InboxEntry::taskId)
                    .toList();
        }
    }

    private Task task(long item) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }
}
