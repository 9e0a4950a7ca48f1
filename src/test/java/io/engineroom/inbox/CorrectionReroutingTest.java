package io.engineroom.inbox;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.BusinessHours;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Corrections count, on PostgreSQL through the real intake, SOP and inbox read model: a corrected category moves the
 * open Respond task to the new category's queue, due date and timers (counted from arrival, recorded in the
 * instance's history); a corrected sentiment, or a correction after the response, moves nothing; corrections come
 * back as labelled examples for admins only; the model that classified an interaction stays known.
 */
@EngineRoomIntegrationTest
class CorrectionReroutingTest {

    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionCorrections corrections;
    @Autowired
    ClassificationExamples examples;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    UserDirectory users;
    @Autowired
    Clock clock;

    String brand;
    long channel;

    @BeforeEach
    void aBrandWithAChannelAndItsInboxPeople() {
        // no timer of these interactions fires while a test looks at it
        engineConfiguration.getJobExecutor().shutdown();
        brand = "fix-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Correction Test", false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "Correction Test", false, false, ZoneOffset.UTC,
                Duration.ofHours(24))));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@fix@social.example", true)).id();
        brands.addMember(brand, "community-manager");
        brands.addMember(brand, "social-manager");
        brands.addMember(brand, "admin");
    }

    @AfterEach
    void jobExecutorOn() {
        engineConfiguration.getJobExecutor().start();
    }

    @Test
    void aQuestionCorrectedToASalesLeadMovesToTheManagersWithTheLeadsTargetCountedFromArrival() {
        String id = aQuestion("q-1");
        Interaction question = interactions.findById(id).orElseThrow();
        BusinessHours hours = brands.businessHours(brand);
        assertThat(candidateGroups(respond(id))).containsOnly("community-manager");

        correct(id, question.getSentiment(), Category.LEAD);

        // shipped rules "Question" (4 business hours, community managers) and "Lead" (2, social media managers)
        Instant due = hours.plusWorkingTime(question.getReceivedAt(), Duration.ofHours(2));
        Task respond = respond(id);
        assertThat(candidateGroups(respond)).containsOnly("social-manager");
        assertThat(respond.getDueDate().toInstant()).isEqualTo(due);
        assertThat(timer(id, "SlaBreached").getDuedate().toInstant()).isEqualTo(due);
        assertThat(timer(id, "SlaNearlyDue").getDuedate().toInstant())
                .isEqualTo(hours.plusWorkingTime(question.getReceivedAt(), Duration.ofMinutes(90)));
        assertThat(interactions.findById(id).orElseThrow().getFirstResponseDue()).isEqualTo(due);
        assertThat(inboxOf("social-manager")).extracting(InboxEntry::businessKey).contains("interaction:" + id);
        assertThat(inboxOf("community-manager")).extracting(InboxEntry::businessKey)
                .doesNotContain("interaction:" + id);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(question
                .getProcessInstanceId()).activityId("MoveSla").finished().count())
                .as("the re-routing is in the instance's history").isOne();
    }

    @Test
    void aCorrectedSentimentAloneRoutesNothing() {
        String id = aQuestion("q-2");
        Interaction question = interactions.findById(id).orElseThrow();
        Task before = respond(id);
        Instant reminderBefore = timer(id, "SlaNearlyDue").getDuedate().toInstant();
        long reroutedBefore = rerouted(question);

        correct(id, question.getSentiment() == Sentiment.NEGATIVE ? Sentiment.POSITIVE : Sentiment.NEGATIVE,
                Category.QUESTION);

        Task after = respond(id);
        assertThat(candidateGroups(after)).containsOnly("community-manager");
        assertThat(after.getDueDate().toInstant()).isEqualTo(before.getDueDate().toInstant());
        assertThat(timer(id, "SlaNearlyDue").getDuedate().toInstant()).isEqualTo(reminderBefore);
        assertThat(rerouted(question)).isEqualTo(reroutedBefore);
    }

    @Test
    void aCorrectionAfterTheResponseRoutesNothing() {
        String id = aQuestion("q-3");
        Interaction question = interactions.findById(id).orElseThrow();
        long reroutedBefore = rerouted(question);
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            inbox.claim(respond(id).getId());
            inbox.complete(respond(id).getId(), Map.of(ACTION.name(), "handoff", RESPONSE_NOTE.name(),
                    "A billing matter"), ZoneOffset.UTC);
        }

        correct(id, question.getSentiment(), Category.LEAD);

        Interaction corrected = interactions.findById(id).orElseThrow();
        assertThat(corrected.getCategory()).isEqualTo(Category.LEAD);
        assertThat(corrected.getFirstResponseDue()).isEqualTo(question.getFirstResponseDue());
        assertThat(rerouted(question)).isEqualTo(reroutedBefore);
        assertThat(taskService.createTaskQuery().processInstanceId(question.getProcessInstanceId())
                .taskDefinitionKey("SupportCase").singleResult()).as("support still has it").isNotNull();
    }

    @Test
    void correctionsAreLabelledExamplesForAdminsWithTheLatestCorrectionOfEachField() {
        Instant since = clock.instant().minusSeconds(1);
        String id = aQuestion("q-4");
        correct(id, interactions.findById(id).orElseThrow().getSentiment(), Category.COMPLAINT);
        correct(id, interactions.findById(id).orElseThrow().getSentiment(), Category.LEAD);

        List<LabelledExample> asAdmin;
        try (var admin = SignedIn.as(users, "admin")) {
            asAdmin = examples.corrected(since);
        }
        List<LabelledExample> asSystem = examples.corrected(since);

        LabelledExample example = asAdmin.stream().filter(one -> one.interactionId().equals(id)).findFirst()
                .orElseThrow();
        assertThat(example.category()).isEqualTo(Category.LEAD);
        assertThat(example.sentiment()).as("never corrected: no label").isNull();
        assertThat(example.text()).isEqualTo(interactions.findById(id).orElseThrow().getText());
        assertThat(asSystem).extracting(LabelledExample::interactionId).contains(id);
        assertThat(examples.corrected(clock.instant().plusSeconds(60))).extracting(LabelledExample::interactionId)
                .doesNotContain(id);
        try (var manager = SignedIn.as(users, "community-manager")) {
            assertThatThrownBy(() -> examples.corrected(since)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theModelVersionStaysWhenAPersonCorrectsTheClassification() {
        String id = aQuestion("q-5");
        String model = interactions.findById(id).orElseThrow().getModelVersion();

        correct(id, Sentiment.POSITIVE, Category.PRAISE);

        Interaction corrected = interactions.findById(id).orElseThrow();
        assertThat(model).isNotBlank();
        assertThat(corrected.getModelVersion()).isEqualTo(model);
        assertThat(corrected.getClassifiedBy()).isEqualTo("community-manager");
    }

    /**
     * A question waiting in the community managers' queue. What the classifier makes of the text is not this test's
     * concern (the model is being replaced): if it says something else, a first correction makes it a question.
     */
    private String aQuestion(String externalId) {
        String id = intake.acceptAndStart(channel, List.of(new IncomingInteraction(externalId, InteractionKind.MENTION,
                "@ben", "Ben", "Where can I find the opening hours of your shop in Leeds?", "post-1", clock.instant(),
                null))).entries().get(0).interactionId();
        Interaction arrived = interactions.findById(id).orElseThrow();
        if (arrived.getCategory() != Category.QUESTION) {
            correct(id, Sentiment.NEUTRAL, Category.QUESTION);
        }
        return id;
    }

    private void correct(String id, Sentiment sentiment, Category category) {
        try (var signedIn = SignedIn.as(users, "community-manager")) {
            corrections.correct(id, sentiment, category);
        }
    }

    private Task respond(String interactionId) {
        return taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + interactionId)
                .taskDefinitionKey("Respond").singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).toList();
    }

    private Job timer(String interactionId, String activityId) {
        String instance = interactions.findById(interactionId).orElseThrow().getProcessInstanceId();
        return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
    }

    private long rerouted(Interaction interaction) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(interaction
                .getProcessInstanceId()).activityId("ReapplyPolicy").count();
    }

    private List<InboxEntry> inboxOf(String userId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return inbox.page(new InboxFilter(brand, "interaction"), 0, 500);
        }
    }
}
