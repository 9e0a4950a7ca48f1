package io.engineroom.inbox;

import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.DueJobs;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interaction SOP's reminder and escalations reach the task's people of the interaction's brand only: the queue
 * at 75 % of the SLA (the Respond task then shows as reminded), the social media managers at the breach, support at
 * a hand-off and the managers again when support breaches. The engine clock moves with the job executor paused, so
 * only this test's timers fire.
 */
@EngineRoomIntegrationTest
class InteractionNoticesTest {

    @Autowired
    InteractionIntake intake;
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
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    UserDirectory users;
    @Autowired
    Notifications notifications;

    String brand;
    long channel;
    String queue;
    String manager;
    String support;
    String otherQueue;
    String otherManager;
    String otherSupport;

    @BeforeEach
    void aBrandWithItsPeopleAndNorthwindPeopleBeside() {
        engineConfiguration.getJobExecutor().shutdown();
        brand = "notice-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Notice Test", false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "Notice Test", false, false, ZoneOffset.UTC,
                Duration.ofHours(24))));
        channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@notice@social.example",
                true)).id();
        queue = TestUsers.ensure(users, brands, "cm-" + brand, Role.COMMUNITY_MANAGER, brand);
        manager = TestUsers.ensure(users, brands, "sm-" + brand, Role.SOCIAL_MANAGER, brand);
        support = TestUsers.ensure(users, brands, "sup-" + brand, Role.SUPPORT, brand);
        otherQueue = TestUsers.ensure(users, brands, "notice-cm-northwind", Role.COMMUNITY_MANAGER, "northwind");
        otherManager = TestUsers.ensure(users, brands, "notice-sm-northwind", Role.SOCIAL_MANAGER, "northwind");
        otherSupport = TestUsers.ensure(users, brands, "notice-sup-northwind", Role.SUPPORT, "northwind");
    }

    @AfterEach
    void clockBackAndJobExecutorOn() {
        ClockUtil.reset();
        engineConfiguration.getJobExecutor().start();
    }

    @Test
    void at75PercentTheBrandsQueueIsRemindedAndAtTheBreachTheBrandsManagersAreTold() {
        String id = complaint("n-1");
        Instant received = interactions.findById(id).orElseThrow().getReceivedAt();
        Task respond = task(id, "Respond");

        runDueJobsAt(id, received.plus(Duration.ofMinutes(46)));

        assertThat(notices(id, NoticeKind.SLA_REMINDER)).extracting(NoticeSummary::recipient, NoticeSummary::link,
                NoticeSummary::brandId).contains(tuple(queue, "/task/" + respond.getId(), brand));
        assertThat(notices(id, NoticeKind.SLA_REMINDER)).extracting(NoticeSummary::recipient)
                .doesNotContain(otherQueue, manager, support);
        assertThat(inboxOf(queue, id)).extracting(InboxEntry::taskName, InboxEntry::isReminded)
                .containsExactly(tuple("Respond", true));
        assertThat(notices(id, NoticeKind.SLA_BREACH)).isEmpty();

        runDueJobsAt(id, received.plus(Duration.ofMinutes(61)));

        Task breach = task(id, "HandleBreach");
        assertThat(notices(id, NoticeKind.SLA_BREACH)).extracting(NoticeSummary::recipient, NoticeSummary::link,
                NoticeSummary::brandId).contains(tuple(manager, "/task/" + breach.getId(), brand));
        assertThat(notices(id, NoticeKind.SLA_BREACH)).extracting(NoticeSummary::recipient)
                .doesNotContain(otherManager, queue);
        assertThat(notices(id, NoticeKind.SLA_BREACH)).allSatisfy(notice ->
                assertThat(notice.subject()).startsWith("Handle the breach"));
        assertThat(inboxOf(manager, id)).extracting(InboxEntry::taskName, InboxEntry::isReminded)
                .as("the escalation carries the badge").contains(tuple("Handle the breach", true));
    }

    @Test
    void aHandOffTellsTheBrandsSupportAndASupportBreachTheBrandsManagers() {
        String id = complaint("n-2");
        try (var signedIn = SignedIn.as(users, queue)) {
            inbox.claim(task(id, "Respond").getId());
            inbox.complete(task(id, "Respond").getId(), Map.of(ACTION.name(), "handoff",
                    RESPONSE_NOTE.name(), "Refund for order 1234"), ZoneOffset.UTC);
        }

        Task supportCase = task(id, "SupportCase");
        assertThat(notices(id, NoticeKind.SUPPORT_HAND_OFF)).extracting(NoticeSummary::recipient,
                NoticeSummary::link, NoticeSummary::brandId)
                .containsExactly(tuple(support, "/task/" + supportCase.getId(), brand));
        assertThat(notices(id, NoticeKind.SUPPORT_HAND_OFF)).extracting(NoticeSummary::recipient)
                .doesNotContain(otherSupport);

        runDueJobsAt(id, supportCase.getDueDate().toInstant().plusSeconds(60));

        Task breach = task(id, "HandleBreach");
        assertThat(notices(id, NoticeKind.SLA_BREACH)).extracting(NoticeSummary::recipient, NoticeSummary::link)
                .contains(tuple(manager, "/task/" + breach.getId()));
        assertThat(notices(id, NoticeKind.SLA_BREACH)).extracting(NoticeSummary::recipient)
                .doesNotContain(otherManager, support);
    }

    private String complaint(String externalId) {
        return intake.acceptAndStart(channel, List.of(new IncomingInteraction(externalId, InteractionKind.COMMENT, "@ana",
                "Ana", "My order arrived broken and nobody answers. Terrible service!", "post-1", Instant.now(),
                null))).entries().get(0).interactionId();
    }

    private List<NoticeSummary> notices(String interactionId, NoticeKind kind) {
        return notifications.about("interaction:" + interactionId).stream().filter(notice -> notice.kind() == kind)
                .toList();
    }

    private List<InboxEntry> inboxOf(String userId, String interactionId) {
        try (var signedIn = SignedIn.as(users, userId)) {
            return inbox.page(new InboxFilter(brand, "interaction"), 0, 500).stream()
                    .filter(entry -> entry.businessKey().equals("interaction:" + interactionId)).toList();
        }
    }

    private Task task(String interactionId, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + interactionId)
                .taskDefinitionKey(key).singleResult();
    }

    private void runDueJobsAt(String interactionId, Instant then) {
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("interaction:" + interactionId).singleResult().getId();
        DueJobs.runAt(managementService, instance, then);
    }
}
