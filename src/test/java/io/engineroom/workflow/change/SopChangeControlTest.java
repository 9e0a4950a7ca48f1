package io.engineroom.workflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.ReviewSopChange;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SOP change control through the real engine on PostgreSQL: a brand's own version waits for another owner. */
@EngineRoomIntegrationTest
class SopChangeControlTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    EngineIdentity engineIdentity;
    @Autowired
    TaskService taskService;
    @Autowired
    LiveSops live;
    @Autowired
    SopChangeTable changes;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String proposer;
    String reviewer;

    @BeforeEach
    void people() {
        proposer = TestUsers.ensure(users, brands, "change-proposer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        reviewer = TestUsers.ensure(users, brands, "change-reviewer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
    }

    @Test
    void aBrandsOwnVersionWaitsSuspendedUntilAnotherOwnerApprovesItThenOnlyThatBrandRunsIt() throws IOException {
        ProcessDefinition sharedBefore = live.process("content-approval", null).orElseThrow();
        // the shared version, unless a test before this one (tests share one database) gave Bean & Leaf its own
        ProcessDefinition beanLeafBefore = live.process("content-approval", "beanleaf").orElseThrow();

        DeploymentWithDefinitions deployment = deployAs(proposer, "beanleaf", "Content approval (Bean &amp; Leaf)");
        ProcessDefinition proposed = deployment.getDeployedProcessDefinitions().get(0);

        assertThat(repositoryService.getProcessDefinition(proposed.getId()).isSuspended()).isTrue();
        SopChange change = changes.findByDeployment(deployment.getId()).orElseThrow();
        assertThat(change.status()).isEqualTo(SopChangeStatus.IN_REVIEW);
        assertThat(change.brandId()).isEqualTo("beanleaf");
        assertThat(change.proposedBy()).isEqualTo(proposer);
        assertThat(change.models()).singleElement().satisfies(model -> {
            assertThat(model.replacesDefinitionId()).isEqualTo(beanLeafBefore.getId());
            assertThat(model.changes()).anySatisfy(element -> assertThat(element.elementId())
                    .isEqualTo("content-approval"));
        });
        assertThat(live.process("content-approval", "beanleaf")).map(ProcessDefinition::getId)
                .contains(beanLeafBefore.getId());

        Task review = taskService.createTaskQuery().processInstanceId(change.reviewInstanceId()).singleResult();
        assertThat(review.getTenantId()).isEqualTo("beanleaf");
        assertThatThrownBy(() -> taskService.claim(review.getId(), proposer))
                .hasMessageContaining("proposed this SOP change");

        ReviewSopChange.approve(taskService, engineIdentity, users, change, reviewer);

        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.APPROVED);
        assertThat(changes.find(change.id()).orElseThrow().reviewedBy()).isEqualTo(reviewer);
        assertThat(live.process("content-approval", "beanleaf")).map(ProcessDefinition::getId)
                .contains(proposed.getId());
        assertThat(live.process("content-approval", "northwind")).map(ProcessDefinition::getId)
                .contains(sharedBefore.getId());
    }

    private DeploymentWithDefinitions deployAs(String userId, String brand, String name) throws IOException {
        String model = Files.readString(Path.of("processes/content-approval.bpmn"), StandardCharsets.UTF_8)
                .replace("name=\"Content approval\"", "name=\"" + name + "\"");
        DeploymentBuilder builder = repositoryService.createDeployment().name("change-control-test")
                .tenantId(brand).addString("content-approval.bpmn", model);
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                builder.addString(form.getFileName().toString(), Files.readString(form, StandardCharsets.UTF_8));
            }
        }
        identityService.setAuthentication(userId, List.of(Role.SOCIAL_MANAGER.groupId()), List.of(brand));
        try {
            return builder.deployWithResult();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
