package io.engineroom.content;

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
        work("social-manager", item, Map.of("title", "Savings explained", "objective", "awareness",
                "keyMessage", "Savings, plainly explained"));
        work("copywriter", item, Map.of("caption", "What the new savings rates mean for you"));
        String instance = content.get(item).processInstanceId();
        runtimeService.setVariable(instance, "regulated", false);
        runtimeService.setVariable(instance, "clientSignOffRequired", false);
        runtimeService.setVariable(instance, "contentItemId", other);
        runtimeService.setVariable(instance, "brand", "beanleaf");

        work("brand-reviewer", item, Map.of("reviewDecision", "approve"));
        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("LegalReview");
        work("legal", item, Map.of("reviewDecision", "approve"));
        assertThat(task(item).getTaskDefinitionKey()).isEqualTo("ClientSignOff");
        work("client-northwind", item, Map.of("reviewDecision", "approve"));

        assertThat(content.get(item).state()).isEqualTo("APPROVED");
        assertThat(content.get(other).state()).isNotEqualTo("APPROVED");
    }

    @Test
    void aCompletionWithAKeyOutsideItsFormOrAValueOfTheWrongKindIsRefusedAndSetsNothing() {
        long item = content.plan("northwind", "Loans explained " + System.nanoTime());
        work("social-manager", item, Map.of("title", "Loans explained", "objective", "awareness",
                "keyMessage", "Loans, plainly explained"));
        String copy = task(item).getId();
        String instance = content.get(item).processInstanceId();

        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> inbox.complete(copy, Map.of("caption", "What loans cost, in plain words",
                    "regulated", false), UTC)).isInstanceOf(TaskActionException.class)
                    .hasMessageContaining("nothing was saved")
                    .satisfies(refused -> assertThat(((TaskActionException) refused).fieldErrors())
                            .containsOnlyKeys("regulated"));
            assertThatThrownBy(() -> inbox.complete(copy, Map.of("caption", 42), UTC))
                    .isInstanceOf(TaskActionException.class)
                    .satisfies(refused -> assertThat(((TaskActionException) refused).fieldErrors())
                            .containsOnlyKeys("caption"));
        }

        assertThat(task(item).getId()).isEqualTo(copy);
        assertThat(runtimeService.getVariable(instance, "regulated")).isEqualTo(true);
        assertThat(runtimeService.getVariable(instance, "caption")).isNull();
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
