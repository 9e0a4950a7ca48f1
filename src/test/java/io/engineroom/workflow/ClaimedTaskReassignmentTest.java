package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claimed work stays with its person in the engine itself, whichever engine call tries to move it: only the
 * assignee, a social media manager of the task's brand or an admin takes a claimed task away from its assignee.
 * Each refusal leaves the task exactly as it was.
 */
@EngineRoomIntegrationTest
class ClaimedTaskReassignmentTest {

    private static final String BRAND = "beanleaf";
    private static final String COLLEAGUE = "copywriter-two";
    private static final String MANAGER = "manager-" + BRAND;
    private static final String OTHER_BRANDS_MANAGER = "manager-northwind-only";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngineConfiguration engineConfiguration;
    @Autowired
    EngineIdentity engine;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    TaskInbox inbox;

    String instanceId;
    String taskId;

    @BeforeEach
    void aDraftInTheCopywritersAndManagersQueueClaimedByTheCopywriter() {
        TestUsers.ensure(users, brands, COLLEAGUE, Role.COPYWRITER, "northwind", BRAND);
        TestUsers.ensure(users, brands, MANAGER, Role.SOCIAL_MANAGER, BRAND);
        TestUsers.ensure(users, brands, OTHER_BRANDS_MANAGER, Role.SOCIAL_MANAGER, "northwind");
        String key = "sops-test-claimed-" + UUID.randomUUID().toString().substring(0, 8);
        var definition = SopTestModels.deploy(repositoryService, key,
                SopTestModels.model(key, false, Role.COPYWRITER.groupId() + "," + Role.SOCIAL_MANAGER.groupId()));
        instanceId = runtimeService.startProcessInstanceById(definition.getId(), Map.of("brand", BRAND)).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        as("copywriter", () -> taskService.claim(taskId, "copywriter"));
    }

    @AfterEach
    void endTheInstance() {
        // the runtime instance only: its history stays, and no test task waits in anybody's inbox afterwards
        runtimeService.deleteProcessInstance(instanceId, "test over");
    }

    @Test
    void aColleagueInTheSameQueueCannotTakeUnclaimDelegateOrOwnItByAnyEngineCall() {
        List<ThrowingCallable> attempts = List.of(
                () -> taskService.setAssignee(taskId, COLLEAGUE),
                () -> taskService.setAssignee(taskId, null),
                () -> taskService.claim(taskId, null),
                () -> taskService.delegateTask(taskId, COLLEAGUE),
                () -> taskService.setOwner(taskId, COLLEAGUE),
                () -> taskService.addUserIdentityLink(taskId, COLLEAGUE, IdentityLinkType.ASSIGNEE),
                () -> taskService.deleteUserIdentityLink(taskId, "copywriter", IdentityLinkType.ASSIGNEE),
                () -> taskService.addUserIdentityLink(taskId, COLLEAGUE, IdentityLinkType.OWNER),
                () -> {
                    // what PUT /engine-rest/task/{id} does: read the task, change it, save it
                    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
                    task.setAssignee(COLLEAGUE);
                    taskService.saveTask(task);
                });

        as(COLLEAGUE, () -> attempts.forEach(attempt -> assertThatThrownBy(attempt)
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("is claimed by copywriter")
                .hasMessageContaining("(" + COLLEAGUE + " cannot)")));

        assertUnchanged();
    }

    @Test
    void aManagerOfAnotherBrandCannotMoveItEvenIfTheBrandCheckLetHimThrough() {
        as(OTHER_BRANDS_MANAGER, () -> {
            // Camunda's own brand (tenant) check refuses first ...
            assertThatThrownBy(() -> taskService.setAssignee(taskId, COLLEAGUE))
                    .isInstanceOf(ProcessEngineException.class);
            // ... and without it, Engine Room's rule still asks for a manager of the task's brand
            var commands = ((ProcessEngineConfigurationImpl) engineConfiguration).getCommandExecutorTxRequired();
            assertThatThrownBy(() -> commands.execute(context -> {
                context.disableTenantCheck();
                return new AssignTaskCmd(taskId, COLLEAGUE).execute(context);
            })).isInstanceOf(AuthorizationException.class).hasMessageContaining("is claimed by copywriter");
        });

        assertUnchanged();
    }

    @Test
    void theAssigneeMayPassItOnDelegateItAndGiveItUp() {
        as("copywriter", () -> taskService.delegateTask(taskId, COLLEAGUE));
        assertThat(task().getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(task().getOwner()).isEqualTo("copywriter");

        // resolving gives it back to its owner: the delegate's own move
        as(COLLEAGUE, () -> taskService.resolveTask(taskId));
        assertThat(task().getAssignee()).isEqualTo("copywriter");

        as("copywriter", () -> taskService.setAssignee(taskId, COLLEAGUE));
        assertThat(task().getAssignee()).isEqualTo(COLLEAGUE);

        as(COLLEAGUE, () -> taskService.claim(taskId, null));
        assertThat(task().getAssignee()).isNull();
    }

    @Test
    void anUnclaimedTaskIsClaimedByAnyoneInItsQueueAsBefore() {
        as("copywriter", () -> taskService.setAssignee(taskId, null));

        as(COLLEAGUE, () -> taskService.claim(taskId, COLLEAGUE));

        assertThat(task().getAssignee()).isEqualTo(COLLEAGUE);
    }

    @Test
    void aSocialManagerOfItsBrandMovesItInTheEngineAndInTheInbox() {
        as(MANAGER, () -> taskService.setAssignee(taskId, COLLEAGUE));
        assertThat(task().getAssignee()).isEqualTo(COLLEAGUE);

        try (var signedIn = SignedIn.as(users, MANAGER)) {
            inbox.assign(taskId, "copywriter");
        }
        assertThat(task().getAssignee()).isEqualTo("copywriter");

        as(MANAGER, () -> taskService.claim(taskId, null));
        assertThat(task().getAssignee()).isNull();
    }

    @Test
    void anAdminMovesIt() {
        as("admin", () -> taskService.setAssignee(taskId, COLLEAGUE));

        assertThat(task().getAssignee()).isEqualTo(COLLEAGUE);
    }

    @Test
    void theEnginesOwnWorkIsNotRestricted() {
        taskService.setAssignee(taskId, COLLEAGUE);

        assertThat(task().getAssignee()).isEqualTo(COLLEAGUE);
    }

    private void as(String userId, Runnable work) {
        engine.as(users.load(userId).orElseThrow(), () -> {
            work.run();
            return null;
        });
    }

    private Task task() {
        return taskService.createTaskQuery().taskId(taskId).singleResult();
    }

    private void assertUnchanged() {
        Task task = task();
        assertThat(task.getAssignee()).isEqualTo("copywriter");
        assertThat(task.getOwner()).isNull();
        assertThat(task.getDelegationState()).isNull();
        assertThat(taskService.getIdentityLinksForTask(taskId)).noneMatch(link -> COLLEAGUE.equals(link.getUserId()));
    }
}
