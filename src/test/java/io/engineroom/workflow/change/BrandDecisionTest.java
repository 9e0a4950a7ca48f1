package io.engineroom.workflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionPriority;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.ModelerDeployment;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.TaskInbox;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A brand's own decision table changes that brand's routing only, and only once approved: Bean &amp; Leaf's own
 * interaction-routing.dmn (the shipped file, with angry complaints sent to the social media manager instead of the
 * community manager) deployed from Camunda Modeler leaves every brand on the shared table until another Bean &amp;
 * Leaf manager approves it; then Bean &amp; Leaf's angry complaints go to its own queue, Northwind's stay where the
 * shared table sends them. Bean &amp; Leaf is given the shipped table back at the end, reviewed the same way, so the
 * tests after this one see the routing they expect.
 */
@EngineRoomIntegrationTest
class BrandDecisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTING = "interaction-routing";

    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    ChannelService channels;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    LiveSops live;
    @Autowired
    SopChangeTable changes;
    @LocalServerPort
    int port;

    String proposer;
    String reviewer;
    long beanLeafChannel;
    long northwindChannel;

    @BeforeEach
    void channelsOfBothBrandsAndTwoBeanLeafManagers() {
        proposer = TestUsers.ensure(users, brands, "routing-proposer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        reviewer = TestUsers.ensure(users, brands, "routing-reviewer-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (var admin = SignedIn.as(users, "admin")) {
            beanLeafChannel = channels.addManual("beanleaf", Platform.MASTODON, "@routing-" + suffix
                    + "@beanleaf.example", false).id();
            northwindChannel = channels.addManual("northwind", Platform.MASTODON, "@routing-" + suffix
                    + "@northwind.example", false).id();
        }
    }

    @Test
    void beanLeafsOwnRoutingTableRoutesBeanLeafOnlyAndOnlyOnceApproved() throws IOException {
        DecisionDefinition shared = live.decision(ROUTING, null).orElseThrow();
        String shipped = Files.readString(Path.of("processes/interaction-routing.dmn"), StandardCharsets.UTF_8);
        String own = shipped.replace(
                "<outputEntry id=\"AngryComplaint_Queue\"><text>&quot;community-manager&quot;</text></outputEntry>",
                "<outputEntry id=\"AngryComplaint_Queue\"><text>&quot;social-manager&quot;</text></outputEntry>");
        assertThat(own).isNotEqualTo(shipped);

        SopChange change = deployForBeanLeaf(own);
        assertThat(change.status()).isEqualTo(SopChangeStatus.IN_REVIEW);
        String ownDecision = change.models().stream().filter(model -> model.key().equals(ROUTING)).findFirst()
                .orElseThrow().definitionId();
        try {
            // waiting for review: Bean & Leaf is still routed by the table it ran before
            String before = live.decision(ROUTING, "beanleaf").orElseThrow().getId();
            assertThat(before).isNotEqualTo(ownDecision);
            Routed waiting = complaint(beanLeafChannel);
            assertThat(waiting.decisionId()).isEqualTo(before);
            assertThat(waiting.queue()).isEqualTo("community-manager");

            approve(change);

            Routed beanLeaf = complaint(beanLeafChannel);
            Routed northwind = complaint(northwindChannel);
            assertThat(beanLeaf.decisionId()).isEqualTo(ownDecision);
            assertThat(beanLeaf.queue()).isEqualTo("social-manager");
            assertThat(northwind.decisionId()).isEqualTo(live.decision(ROUTING, "northwind").orElseThrow().getId())
                    .isEqualTo(shared.getId());
            assertThat(northwind.queue()).isEqualTo("community-manager");
        } finally {
            approve(deployForBeanLeaf(shipped.replace("name=\"Interaction routing (SLA policy)\"",
                    "name=\"Interaction routing (SLA policy, Bean &amp; Leaf as shipped)\"")));
        }
        assertThat(complaint(beanLeafChannel).queue()).isEqualTo("community-manager");
    }

    /** Modeler's request with Bean & Leaf as Tenant ID; Modeler hears that the change waits for review. */
    private SopChange deployForBeanLeaf(String dmn) throws IOException {
        HttpResponse<String> response = ModelerDeployment.named("interaction-routing " + System.nanoTime())
                .tenant("beanleaf").file("interaction-routing.dmn", dmn).send(port, proposer, TestUsers.PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("waits for review");
        return changes.findByDeployment(JSON.readTree(response.body()).path("id").asText()).orElseThrow();
    }

    private void approve(SopChange change) {
        Task review = taskService.createTaskQuery().processInstanceId(change.reviewInstanceId()).singleResult();
        try (var signedIn = SignedIn.as(users, reviewer)) {
            inbox.complete(review.getId(), Map.of("reviewDecision", "approve"), ZoneOffset.UTC);
        }
        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.APPROVED);
    }

    /** An angry complaint (normal priority) on the channel: which routing decision ran, which queue it chose. */
    private Routed complaint(long channel) {
        String id = intake.acceptAndStart(channel, List.of(new IncomingInteraction("routing-" + UUID.randomUUID(),
                InteractionKind.COMMENT, "@ana", "Ana", "My order arrived broken and nobody answers. Terrible service!",
                "post-1", Instant.now(), InteractionPriority.NORMAL))).entries().get(0).interactionId();
        String instance = interactions.findById(id).orElseThrow().getProcessInstanceId();
        Task respond = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Respond")
                .singleResult();
        String queue = taskService.createTaskQuery().taskId(respond.getId()).taskCandidateGroup("social-manager")
                .count() == 1 ? "social-manager" : taskService.createTaskQuery().taskId(respond.getId())
                        .taskCandidateGroup("community-manager").count() == 1 ? "community-manager" : "other";
        String decision = historyService.createHistoricDecisionInstanceQuery().processInstanceId(instance)
                .decisionDefinitionKey(ROUTING).singleResult().getDecisionDefinitionId();
        return new Routed(decision, queue);
    }

    private record Routed(String decisionId, String queue) {
    }
}
