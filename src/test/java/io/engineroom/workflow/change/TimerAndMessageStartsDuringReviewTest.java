package io.engineroom.workflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.ChannelCadence;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.ReviewSopChange;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopChange;
import io.engineroom.workflow.SopChangeStatus;
import io.engineroom.workflow.SopChanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SOPs started by a timer or a message keep running on their live version while a change of them waits for review,
 * on PostgreSQL: channel-health's morning check (a timer start event) and the revive task it opens per silent channel
 * (a message start event). Camunda would move both to the new, suspended version: the check would stop until the
 * review ended. Only the live version holds the timer; once another administrator approves, the new version does.
 */
@EngineRoomIntegrationTest
class TimerAndMessageStartsDuringReviewTest {

    static final String SOP = "channel-health";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
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
    SopChanges sopChanges;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    JdbcTemplate jdbc;

    String proposer;
    String reviewer;
    String brand;

    @BeforeEach
    void twoAdministratorsAndABrandWithASilentChannel() {
        proposer = TestUsers.ensure(users, brands, "timer-proposer-admin", Role.ADMIN);
        reviewer = TestUsers.ensure(users, brands, "timer-reviewer-admin", Role.ADMIN);
        brand = "timers-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Timers Test", false));
    }

    @Test
    void whileASharedChangeWaitsTheMorningCheckAndItsReviveTaskRunTheLiveVersionAndOnceApprovedTheNewOne()
            throws IOException {
        ProcessDefinition before = live.process(SOP, null).orElseThrow();
        assertThat(startTimers()).singleElement().extracting(Job::getProcessDefinitionId).isEqualTo(before.getId());
        ChannelSummary quiet = silentMainChannel(Platform.X, "@quiet");

        DeploymentWithDefinitions deployment = deployAs(proposer, "Channel health (morning check, reworded)");
        ProcessDefinition proposed = deployment.getDeployedProcessDefinitions().get(0);
        SopChange change = changes.findByDeployment(deployment.getId()).orElseThrow();

        assertThat(change.status()).isEqualTo(SopChangeStatus.IN_REVIEW);
        assertThat(repositoryService.getProcessDefinition(proposed.getId()).isSuspended()).isTrue();
        assertThat(startTimers()).as("the live version keeps its timer, the waiting one has none").singleElement()
                .satisfies(job -> {
                    assertThat(job.getProcessDefinitionId()).isEqualTo(before.getId());
                    assertThat(job.isSuspended()).isFalse();
                });
        // Camunda itself would start the channel's revive task on the newest version, which waits: nothing starts
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(ChannelCadence.CHANNEL_SILENT)
                .processInstanceBusinessKey("channel:" + quiet.id() + ":silence").correlateStartMessage())
                .isInstanceOf(MismatchingMessageCorrelationException.class);

        assertThat(runTheMorningCheck()).extracting(HistoricProcessInstance::getProcessDefinitionId)
                .containsExactly(before.getId());
        assertThat(reviveInstance(quiet).getProcessDefinitionId()).isEqualTo(before.getId());

        approveAs(reviewer, change);

        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.APPROVED);
        assertThat(startTimers()).as("the timer moved to the approved version").singleElement().satisfies(job -> {
            assertThat(job.getProcessDefinitionId()).isEqualTo(proposed.getId());
            assertThat(job.isSuspended()).isFalse();
        });
        ChannelSummary quietToo = silentMainChannel(Platform.LINKEDIN, "Quiet Page");
        assertThat(runTheMorningCheck()).extracting(HistoricProcessInstance::getProcessDefinitionId)
                .containsExactly(proposed.getId());
        assertThat(reviveInstance(quietToo).getProcessDefinitionId()).isEqualTo(proposed.getId());
        assertThat(reviveInstance(quiet).getProcessDefinitionId()).as("a running instance stays where it is")
                .isEqualTo(before.getId());
    }

    @Test
    void aRejectedChangeLeavesTheTimerWithTheVersionThatRuns() throws IOException {
        ProcessDefinition before = live.process(SOP, null).orElseThrow();
        DeploymentWithDefinitions deployment = deployAs(proposer, "Channel health (rejected rewording)");
        ProcessDefinition proposed = deployment.getDeployedProcessDefinitions().get(0);
        SopChange change = changes.findByDeployment(deployment.getId()).orElseThrow();

        completeReviewAs(reviewer, change, Map.of("reviewDecision", "reject", "reviewComment", "Keep the old name"));

        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.REJECTED);
        assertThat(repositoryService.getProcessDefinition(proposed.getId()).isSuspended()).isTrue();
        assertThat(startTimers()).singleElement().satisfies(job -> {
            assertThat(job.getProcessDefinitionId()).isEqualTo(before.getId());
            assertThat(job.isSuspended()).isFalse();
        });
        assertThat(live.process(SOP, null)).map(ProcessDefinition::getId).contains(before.getId());
    }

    @Test
    void anEmergencyActivationMovesTheTimerToTheActivatedVersionAtOnce() throws IOException {
        DeploymentWithDefinitions deployment = deployAs(proposer, "Channel health (urgent rewording)");
        ProcessDefinition proposed = deployment.getDeployedProcessDefinitions().get(0);
        SopChange change = changes.findByDeployment(deployment.getId()).orElseThrow();

        try (var admin = SignedIn.as(users, reviewer)) {
            sopChanges.activateNow(change.id(), "The morning check must name the channel's owner from today on");
        }

        assertThat(changes.find(change.id()).orElseThrow().status()).isEqualTo(SopChangeStatus.EMERGENCY);
        assertThat(startTimers()).singleElement().satisfies(job -> {
            assertThat(job.getProcessDefinitionId()).isEqualTo(proposed.getId());
            assertThat(job.isSuspended()).isFalse();
        });
    }

    /** The shared SOP's timer start jobs (the morning check): no instance's timers. */
    private List<Job> startTimers() {
        return managementService.createJobQuery().processDefinitionKey(SOP).withoutTenantId().timers().list()
                .stream().filter(job -> job.getExecutionId() == null).toList();
    }

    /** Fires the morning check's timer as the job executor would at 08:00; returns the instances it started. */
    private List<HistoricProcessInstance> runTheMorningCheck() {
        List<Job> timers = startTimers();
        assertThat(timers).hasSize(1);
        Set<String> earlier = morningChecks().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        managementService.executeJob(timers.get(0).getId());
        return morningChecks().stream().filter(instance -> !earlier.contains(instance.getId())).toList();
    }

    private List<HistoricProcessInstance> morningChecks() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SOP).list().stream()
                .filter(instance -> "EveryMorning".equals(instance.getStartActivityId())).toList();
    }

    private ProcessInstance reviveInstance(ChannelSummary channel) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("channel:" + channel.id() + ":silence").singleResult();
    }

    private ChannelSummary silentMainChannel(Platform platform, String handle) {
        ChannelSummary channel = AsAdmin.call(() -> channels.addManual(brand, platform, handle, true));
        jdbc.update("update channel set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(5))), channel.id());
        return channel;
    }

    private void approveAs(String userId, SopChange change) {
        completeReviewAs(userId, change, Map.of("reviewDecision", "approve"));
    }

    private void completeReviewAs(String userId, SopChange change, Map<String, Object> decision) {
        ReviewSopChange.decide(taskService, engineIdentity, users, change, userId, decision);
    }

    /** The real channel-health with another name, and the form it binds by deployment, deployed as the person. */
    private DeploymentWithDefinitions deployAs(String userId, String name) throws IOException {
        String model = Files.readString(Path.of("processes/channel-health.bpmn"), StandardCharsets.UTF_8)
                .replace("name=\"Channel health\"", "name=\"" + name + "\"");
        assertThat(model).contains(name);
        var builder = repositoryService.createDeployment().name("timer-start-test")
                .addString("channel-health.bpmn", model)
                .addString("channel-silent.form", Files.readString(Path.of("forms/channel-silent.form")));
        identityService.setAuthentication(userId, List.of(Role.ADMIN.groupId()));
        try {
            return builder.deployWithResult();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
