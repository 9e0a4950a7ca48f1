package io.engineroom.publishing;

import static io.engineroom.publishing.ChannelHealthVariables.CHANNEL_LABEL;
import static io.engineroom.publishing.ChannelHealthVariables.LAST_POST;
import static io.engineroom.publishing.ChannelHealthVariables.SILENT_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.InboxEntry;
import io.engineroom.workflow.InboxFilter;
import io.engineroom.workflow.TaskInbox;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily channel check on PostgreSQL: a main channel silent for 3 days becomes one task, named and dated. */
@EngineRoomIntegrationTest
class ChannelHealthTest {

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    String brand;
    String northwindManager;
    ChannelSummary silentX;
    ChannelSummary activeLinkedIn;
    ChannelSummary sideInstagram;

    @BeforeEach
    void channelsOfDifferentHealth() {
        brand = "cadence-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Cadence Test", false));
        brands.addMember(brand, "social-manager");
        northwindManager = TestUsers.ensure(users, brands, "notice-sm-northwind", Role.SOCIAL_MANAGER, "northwind");
        silentX = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@quiet", true));
        activeLinkedIn = AsAdmin.call(() -> channels.addManual(brand, Platform.LINKEDIN, "Busy Page", true));
        sideInstagram = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@side", false));
        Instant fiveDaysAgo = Instant.now().minus(Duration.ofDays(5));
        jdbc.update("update channel set created_at = ? where brand_id = ?", Timestamp.from(fiveDaysAgo), brand);
        jdbc.update("""
                insert into publication_attempt (content_item_id, channel_id, idempotency_key, attempt_no, started_at,
                    finished_at, outcome, post_url, request_summary)
                values (1, ?, ?, 1, ?, ?, 'PUBLISHED', 'https://linkedin.example/p/1', 'test post')""",
                activeLinkedIn.id(), "content:1:channel:" + activeLinkedIn.id(),
                Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
    }

    @Test
    void aSilentMainChannelBecomesOneTaskForTheSocialManager() {
        runTheMorningCheck();

        Task revive = reviveTask(silentX);
        assertThat(revive).isNotNull();
        assertThat(revive.getTenantId()).isEqualTo(brand);
        assertThat(taskService.getVariables(revive.getId())).containsEntry(CHANNEL_LABEL.name(), "X @quiet")
                .containsEntry(SILENT_DAYS.name(), 5L).containsEntry(LAST_POST.name(), "No post from Engine Room yet");
        assertThat(reviveTask(activeLinkedIn)).as("posted yesterday").isNull();
        assertThat(reviveTask(sideInstagram)).as("not a main channel").isNull();
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            List<InboxEntry> work = inbox.page(new InboxFilter(brand, "channel-health"), 0, 50);
            assertThat(work).extracting(InboxEntry::title).containsExactly("X @quiet: no post for 5 days");
        }
        assertThat(notifications.about("channel:" + silentX.id() + ":silence"))
                .as("the brand's social media managers are told, nobody of another brand")
                .extracting(NoticeSummary::recipient, NoticeSummary::link, NoticeSummary::kind, NoticeSummary::brandId)
                .contains(tuple("social-manager", "/task/" + revive.getId(), NoticeKind.GENERAL, brand));
        assertThat(notifications.about("channel:" + silentX.id() + ":silence")).extracting(NoticeSummary::recipient)
                .doesNotContain(northwindManager);

        runTheMorningCheck();

        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("channel:" + silentX.id() + ":silence").count())
                .as("no second task while the first is open").isEqualTo(1);
    }

    private void runTheMorningCheck() {
        Job timer = managementService.createJobQuery().processDefinitionKey("channel-health").timers()
                .singleResult();
        managementService.executeJob(timer.getId());
    }

    private Task reviveTask(ChannelSummary channel) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey("channel:" + channel.id() + ":silence").singleResult();
    }
}
