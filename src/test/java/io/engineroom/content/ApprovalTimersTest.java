package io.engineroom.content;

import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.HASHTAGS;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;
import static io.engineroom.content.ContentApprovalVariables.WAITING_AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.brand.BrandService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.DueJobs;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The approval's escalations on PostgreSQL with the engine clock moved: "approval at risk" at publish time minus
 * the brand's lead time (Bean &amp; Leaf: 24 h), and back to planning once the publish time passes unapproved.
 * The job executor is paused meanwhile, so moving the clock fires only this test's timers, not other tests' ones.
 */
@EngineRoomIntegrationTest
class ApprovalTimersTest {

    private static final String BRAND = "beanleaf";

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    JdbcTemplate jdbc;

    Instant now;
    Instant publishAt;
    long item;

    @BeforeEach
    void anItemDueInTwoDaysWithItsCopyWritten() {
        engineConfiguration.getJobExecutor().shutdown();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publishAt = now.plus(Duration.ofDays(2));
        item = content.plan(BRAND, new ContentBrief("Timers " + System.nanoTime(), "awareness", null,
                "On time or not at all", null, null, publishAt, Set.of()));
        taskService.complete(task("WriteBrief").getId(), Map.of(OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "On time or not at all"));
        taskService.complete(task("WriteCopy").getId(), Map.of(CAPTION.name(), "Written, never reviewed",
                HASHTAGS.name(), "#late"));
    }

    @AfterEach
    void clockBackAndJobExecutorOn() {
        ClockUtil.reset();
        engineConfiguration.getJobExecutor().start();
    }

    @Test
    void aDayBeforePublishingTheSocialManagerIsAskedToChaseTheReview() {
        Job atRisk = job("ApprovalAtRisk");
        assertThat(atRisk.getDuedate()).isEqualTo(Date.from(publishAt.minus(Duration.ofHours(24))));

        runDueJobsAt(publishAt.minus(Duration.ofHours(23)));

        Task chase = task("ChaseApproval");
        assertThat(taskService.getIdentityLinksForTask(chase.getId())).extracting(link -> link.getGroupId())
                .containsExactly("social-manager");
        assertThat(taskService.getVariableLocal(chase.getId(), WAITING_AT.name()))
                .isEqualTo("Brand review (not claimed yet)");
        assertThat(jdbc.queryForObject("select count(*) from inbox_item where task_id = ?", Integer.class,
                chase.getId())).as("in the manager's inbox").isEqualTo(1);
        assertThat(task("BrandReview")).as("the review goes on").isNotNull();
        assertThat(content.get(item).state()).isEqualTo("IN_PRODUCTION");
    }

    @Test
    void oncePublishTimePassesUnapprovedTheItemGoesBackToPlanningWithTheReasonAndAReplanStartsAgain() {
        taskService.claim(task("BrandReview").getId(), "brand-reviewer");

        runDueJobsAt(publishAt.plus(Duration.ofMinutes(1)));

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key())
                .singleResult().getEndActivityId()).isEqualTo("BackToPlanning");
        assertThat(content.get(item).state()).isEqualTo("BACK_TO_PLANNING");
        assertThat(jdbc.queryForObject("select returned_reason from content_item where id = ?", String.class, item))
                .contains("passed before the piece was approved")
                .contains("Brand review (claimed by brand-reviewer)");

        ClockUtil.reset();
        Instant newTime = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        brands.addMember(BRAND, "social-manager");
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            content.reschedule(item, newTime);
        }

        assertThat(content.get(item).state()).isEqualTo("IN_PRODUCTION");
        Task brief = task("WriteBrief");
        assertThat(brief.getProcessInstanceId()).isEqualTo(content.get(item).processInstanceId());
        assertThat(taskService.getVariables(brief.getId())).containsEntry(CAPTION.name(), "Written, never reviewed")
                .containsEntry(PUBLISH_AT.name(), Date.from(newTime));
    }

    @Test
    void reschedulingWhileInApprovalMovesTheAtRiskAndDeadlineTimers() {
        Instant later = publishAt.plus(Duration.ofDays(3));
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            content.reschedule(item, later);
        }

        assertThat(job("PublishTimePassed").getDuedate()).isEqualTo(Date.from(later));
        assertThat(job("ApprovalAtRisk").getDuedate()).isEqualTo(Date.from(later.minus(Duration.ofHours(24))));
        runDueJobsAt(publishAt.plus(Duration.ofMinutes(1)));
        assertThat(content.get(item).state()).as("the old publish time no longer counts").isEqualTo("IN_PRODUCTION");
        assertThat(task("ChaseApproval")).isNull();
    }

    /** Moves the engine clock and runs this item's jobs that are due then, as the job executor would. */
    private void runDueJobsAt(Instant then) {
        DueJobs.runAt(managementService, instanceId(), then);
    }

    private Job job(String activityId) {
        return managementService.createJobQuery().processInstanceId(instanceId()).activityId(activityId).singleResult();
    }

    private String instanceId() {
        return content.get(item).processInstanceId();
    }

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(key()).taskDefinitionKey(key).singleResult();
    }

    private String key() {
        return "content:" + item;
    }
}
