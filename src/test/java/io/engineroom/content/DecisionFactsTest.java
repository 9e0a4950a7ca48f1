package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.BRAND;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.CLIENT_SIGN_OFF_REQUIRED;
import static io.engineroom.content.ContentApprovalVariables.CONTENT_ITEM_ID;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.REGULATED;
import static io.engineroom.content.ContentApprovalVariables.REVIEW_DECISION;
import static io.engineroom.content.ContentApprovalVariables.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The content SOP decides from Engine Room's records and from history, not from variables: rewriting
 * {@code regulated}, {@code clientSignOffRequired}, {@code contentItemId} or {@code brand} on the instance (as
 * anyone working one of its tasks could over the engine's API; the Java API stands in for that call here) changes
 * neither the route nor the item acted on, and a completion carrying a key outside its form sets nothing.
 */
@EngineRoomIntegrationTest
class DecisionFactsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;

    @Test
    void aNorthwindPieceGoesThroughLegalAndItsClientAndApprovesItsOwnItemWhateverTheVariablesSay() {
        long item = content.plan("northwind", "Savings explained " + System.nanoTime());
        long other = content.plan("beanleaf", "Someone else's piece " + System.nanoTime());
        work("social-manager", item, Map.of(TITLE.name(), "Savings explained", OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "Savings, plainly explained"));
        work("copywriter", item, Map.of(CAPTION.name(), "What the new savings rates mean for you"));
        String instance = content.get(item).processInstanceId();
        REGULATED.set(runtimeService, instance, false);
        CLIENT_SIGN_OFF_REQUIRED.set(runtimeService, instance, false);
        CONTENT_ITEM_ID.set(runtimeService, instance, other);
        BRAND.set(runtimeService, instance, "beanleaf");

        work("brand-reviewer", item, Map.of(REVIEW_DECISION.name(), "approve"));
        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("LegalReview");
        work("legal", item, Map.of(REVIEW_DECISION.name(), "approve"));
        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("ClientSignOff");
        work("client-northwind", item, Map.of(REVIEW_DECISION.name(), "approve"));

        assertThat(content.get(item).state()).isEqualTo("APPROVED");
        assertThat(content.get(other).state()).isNotEqualTo("APPROVED");
    }

    @Test
    void aCompletionWithAKeyOutsideItsFormOrAValueOfTheWrongKindIsRefusedAndSetsNothing() {
        long item = content.plan("northwind", "Loans explained " + System.nanoTime());
        work("social-manager", item, Map.of(TITLE.name(), "Loans explained", OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "Loans, plainly explained"));
        String copy = task(item).getId();
        String instance = content.get(item).processInstanceId();

        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> inbox.complete(copy, Map.of(CAPTION.name(), "What loans cost, in plain words",
                    REGULATED.name(), false), UTC)).isInstanceOf(TaskActionException.class)
                    .hasMessageContaining("nothing was saved")
                    .satisfies(refused -> assertThat(((TaskActionException) refused).fieldErrors())
                            .containsOnlyKeys(REGULATED.name()));
            assertThatThrownBy(() -> inbox.complete(copy, Map.of(CAPTION.name(), 42), UTC))
                    .isInstanceOf(TaskActionException.class)
                    .satisfies(refused -> assertThat(((TaskActionException) refused).fieldErrors())
                            .containsOnlyKeys("caption"));
        }

        assertThat(task(item).getId()).isEqualTo(copy);
        assertThat(REGULATED.get(runtimeService, instance)).isEqualTo(true);
        assertThat(CAPTION.get(runtimeService, instance)).isNull();
    }

    private void work(String userId, long item, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, userId)) {
            inbox.complete(task(item).getId(), values, UTC);
        }
    }

    private Task task(long item) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }
}
