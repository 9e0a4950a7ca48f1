package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A brand's own SLA target through the real intake, engine and routing decision on PostgreSQL: a complaint for the
 * brand that set 20 minutes for complaints is due in 20 minutes, the same complaint for a brand without targets of
 * its own keeps the shipped table's hour, and rewriting the decision's inputs as variables changes nothing.
 */
@EngineRoomIntegrationTest
class BrandSlaTargetsTest {

    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    SlaTargets slaTargets;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    long ownTargetsChannel;
    long shippedChannel;

    @BeforeEach
    void twoBrandsOneWithItsOwnComplaintTarget() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String own = "own-sla-" + suffix;
        String shipped = "shipped-sla-" + suffix;
        try (var admin = SignedIn.as(users, "admin")) {
            for (String brand : List.of(own, shipped)) {
                brands.create(brand, "SLA " + brand, false);
                brands.configure(new BrandSettings(brand, "SLA " + brand, false, false, ZoneOffset.UTC,
                        Duration.ofHours(24)));
            }
            ownTargetsChannel = channels.addManual(own, Platform.MASTODON, "@own@social.example", true).id();
            shippedChannel = channels.addManual(shipped, Platform.MASTODON, "@shipped@social.example", true).id();
            slaTargets.define(own, List.of(new SlaTarget(Category.COMPLAINT, Duration.ofMinutes(20), false)));
        }
    }

    @Test
    void aBrandsOwnComplaintTargetSetsTheDueOfItsNewComplaintsOnly() {
        Interaction mine = receive(ownTargetsChannel, "own-1");
        Interaction theirs = receive(shippedChannel, "shipped-1");

        assertThat(mine.getCategory()).isEqualTo(Category.COMPLAINT);
        assertThat(mine.getFirstResponseDue()).isEqualTo(mine.getReceivedAt().plus(Duration.ofMinutes(20)));
        assertThat(respond(mine).getDueDate()).isEqualTo(Date.from(mine.getReceivedAt().plus(Duration.ofMinutes(20))));
        assertThat(respond(mine).getTaskDefinitionKey()).isEqualTo("Respond");
        // shipped rule "AngryComplaint": an hour, round the clock, the same queue for both
        assertThat(theirs.getFirstResponseDue()).isEqualTo(theirs.getReceivedAt().plus(Duration.ofHours(1)));
        assertThat(taskService.createTaskQuery().taskId(respond(mine).getId()).taskCandidateGroup("community-manager")
                .count()).isOne();
        assertThat(taskService.createTaskQuery().taskId(respond(theirs).getId())
                .taskCandidateGroup("community-manager").count()).isOne();
        // the brand's target is an input of the decision, not a variable anyone could rewrite afterwards
        assertThat(runtimeService.getVariables(respond(mine).getProcessInstanceId()))
                .doesNotContainKeys("brandFirstResponseTarget", "brandBusinessHoursOnly")
                .containsEntry("queue", "community-manager");
        assertThat(historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(respond(mine).getProcessInstanceId()).decisionDefinitionKey("interaction-routing")
                .includeInputs().singleResult().getInputs()).anySatisfy(input -> assertThat(input.getValue())
                        .isEqualTo("PT20M"));
    }

    @Test
    void aCategoryTheBrandLeftEmptyKeepsTheShippedTable() {
        Interaction question = intake.acceptAndStart(ownTargetsChannel, List.of(new IncomingInteraction("own-q",
                InteractionKind.MENTION, "@ben", "Ben", "Do you ship to Austria?", null, Instant.now(), null)))
                .entries().stream().findFirst().map(entry -> interactions.findById(entry.interactionId())
                        .orElseThrow()).orElseThrow();

        assertThat(question.getCategory()).isEqualTo(Category.QUESTION);
        // shipped rule "Question": four business hours (Monday to Friday, 09:00 to 17:00 UTC), so never 20 minutes
        assertThat(Duration.between(question.getReceivedAt(), question.getFirstResponseDue()))
                .isGreaterThanOrEqualTo(Duration.ofHours(4));
    }

    private Interaction receive(long channel, String externalId) {
        String id = intake.acceptAndStart(channel, List.of(new IncomingInteraction(externalId, InteractionKind.COMMENT,
                "@ana", "Ana", "My order arrived broken and nobody answers. Terrible service!", "post-1",
                Instant.now(), null))).entries().get(0).interactionId();
        return interactions.findById(id).orElseThrow();
    }

    private Task respond(Interaction interaction) {
        return taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + interaction.getId())
                .taskDefinitionKey("Respond").singleResult();
    }

}
