package io.engineroom.workflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.ModelerDeployment;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance, over real HTTP on PostgreSQL with Camunda Modeler's own request: a Bean &amp; Leaf manager
 * deploys Bean &amp; Leaf's own content-approval (with its forms) and Modeler hears that it waits for review; nothing
 * runs on it until another Bean &amp; Leaf manager approves, never the proposer; then new Bean &amp; Leaf items
 * follow it while Northwind items keep the shared SOP. Deploying for a brand one does not manage, or the shared
 * version as a social manager, is refused and leaves nothing behind.
 */
@EngineRoomIntegrationTest
class ModelerChangeReviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    ContentService content;
    @Autowired
    LiveSops live;
    @Autowired
    SopChangeTable changes;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    String proposer;
    String reviewer;
    String planner;

    @BeforeEach
    void beanLeafManagers() {
        proposer = TestUsers.ensure(users, brands, "modeler-proposer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        reviewer = TestUsers.ensure(users, brands, "modeler-reviewer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        planner = TestUsers.ensure(users, brands, "modeler-planner-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
    }

    @Test
    void aBeanLeafVersionFromModelerWaitsForAnotherManagerThenOnlyNewBeanLeafItemsFollowIt() throws IOException {
        ProcessDefinition shared = live.process("content-approval", null).orElseThrow();

        HttpResponse<String> response = contentApproval("Content approval (Bean &amp; Leaf, from Modeler)")
                .tenant("beanleaf").send(port, proposer, TestUsers.PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        SopChange change = changes.findByDeployment(answer.path("id").asText()).orElseThrow();
        assertThat(answer.path("deployedProcessDefinitions")).isNotEmpty();
        assertThat(answer.path("message").asText()).startsWith("Deployed, not live yet: content-approval v")
                .contains("waits for review by another SOP owner of Bean & Leaf")
                .endsWith("(SOP change " + change.id() + ")");
        assertThat(answer.path("engineRoomChange").path("id").asLong()).isEqualTo(change.id());
        assertThat(answer.path("engineRoomChange").path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(response.headers().firstValue("X-Engine-Room-Review"))
                .hasValue("IN_REVIEW; change=" + change.id());
        assertThat(change.brandId()).isEqualTo("beanleaf");
        assertThat(change.proposedBy()).isEqualTo(proposer);
        assertThat(change.source()).isEqualTo("Camunda Modeler");
        String proposed = change.models().get(0).definitionId();
        assertThat(repositoryService.getProcessDefinition(proposed).isSuspended()).isTrue();
        assertThat(repositoryService.getProcessDefinition(proposed).getTenantId()).isEqualTo("beanleaf");
        String beanLeafBefore = live.process("content-approval", "beanleaf").orElseThrow().getId();
        assertThat(beanLeafBefore).isNotEqualTo(proposed);

        Task review = taskService.createTaskQuery().processInstanceId(change.reviewInstanceId()).singleResult();
        try (var signedIn = SignedIn.as(users, proposer)) {
            assertThatThrownBy(() -> inbox.claim(review.getId())).isInstanceOf(TaskActionException.class)
                    .hasMessageContaining("proposed this SOP change");
            assertThatThrownBy(() -> inbox.complete(review.getId(), Map.of("reviewDecision", "approve"),
                    ZoneOffset.UTC)).isInstanceOf(TaskActionException.class)
                    .hasMessageContaining("proposed this SOP change");
        }
        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.IN_REVIEW);
        assertThat(definitionOf(plan("beanleaf", planner))).isEqualTo(beanLeafBefore);

        try (var signedIn = SignedIn.as(users, reviewer)) {
            inbox.complete(review.getId(), Map.of("reviewDecision", "approve"), ZoneOffset.UTC);
        }

        SopChange approved = changes.find(change.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(SopChangeStatus.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo(reviewer);
        assertThat(repositoryService.getProcessDefinition(proposed).isSuspended()).isFalse();
        assertThat(definitionOf(plan("beanleaf", planner))).isEqualTo(proposed);
        assertThat(definitionOf(plan("northwind", "social-manager"))).isEqualTo(shared.getId());
    }

    @Test
    void aBeanLeafManagerDeployingForNorthwindIsRefusedAndNothingIsDeployed() throws IOException {
        long deployments = repositoryService.createDeploymentQuery().count();
        long changeRows = changeRows();

        HttpResponse<String> response = contentApproval("Content approval (Northwind, by a stranger)")
                .tenant("northwind").send(port, proposer, TestUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("detail").asText()).contains("your own brands only, not for 'northwind'")
                .contains("your brands: beanleaf");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(changeRows()).isEqualTo(changeRows);
    }

    @Test
    void aSocialManagerDeployingTheSharedVersionIsRefusedAndNothingIsDeployed() throws IOException {
        long deployments = repositoryService.createDeploymentQuery().count();
        long changeRows = changeRows();

        HttpResponse<String> response = contentApproval("Content approval (shared, by a manager)")
                .send(port, proposer, TestUsers.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("detail").asText()).startsWith(
                "Only administrators deploy the shared version of an SOP; choose your brand as Tenant ID in Camunda"
                        + " Modeler");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(changeRows()).isEqualTo(changeRows);
    }

    /** Modeler's request for content-approval.bpmn, renamed, with the forms it binds by deployment. */
    private static ModelerDeployment contentApproval(String name) throws IOException {
        String model = Files.readString(Path.of("processes/content-approval.bpmn"), StandardCharsets.UTF_8)
                .replace("name=\"Content approval\"", "name=\"" + name + "\"");
        return ModelerDeployment.named("content-approval " + System.nanoTime()).file("content-approval.bpmn", model)
                .forms(Path.of("forms"));
    }

    private String plan(String brand, String user) {
        try (var signedIn = SignedIn.as(users, user)) {
            long item = content.plan(brand, "Change control " + brand + " " + System.nanoTime());
            return content.get(item).processInstanceId();
        }
    }

    private String definitionOf(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
    }

    private long changeRows() {
        return jdbc.sql("select count(*) from sop_change").query(Long.class).single();
    }
}
