package io.engineroom.publishing.process;

import static io.engineroom.publishing.ChannelHealthVariables.CHANNEL_LABEL;
import static io.engineroom.publishing.ChannelHealthVariables.REVIVE_ACTION;
import static io.engineroom.publishing.ChannelHealthVariables.REVIVE_NOTE;
import static io.engineroom.publishing.ChannelHealthVariables.SILENT_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** channel-health from processes/: the morning check, and the revive task a silent channel gets. */
class ChannelHealthProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine engine;
    final AtomicInteger checks = new AtomicInteger();
    final io.engineroom.support.ToldTasks told = new io.engineroom.support.ToldTasks();

    @BeforeEach
    void deploy() {
        BpmnAwareTests.init(engine);
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        Mocks.register("findSilentChannels", (JavaDelegate) execution -> checks.incrementAndGet());
        Mocks.register("tellTaskPeople", told);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theMorningTimerRunsTheCheck() {
        Job timer = managementService().createJobQuery().processDefinitionKey("channel-health").timers()
                .singleResult();
        assertThat(timer).isNotNull();

        managementService().executeJob(timer.getId());

        assertThat(checks).hasValue(1);
        assertThat(managementService().createJobQuery().processDefinitionKey("channel-health").timers().count())
                .as("the cycle schedules the next morning").isEqualTo(1);
    }

    @Test
    void aSilentChannelBecomesAReviveTaskForTheSocialManager() {
        ProcessInstance instance = runtimeService().createMessageCorrelation("channel-silent")
                .processInstanceBusinessKey("channel:7:silence")
                .setVariable(CHANNEL_LABEL.name(), "X @brand").setVariable(SILENT_DAYS.name(), 4L)
                .correlateStartMessage();

        assertThat(instance).isWaitingAt("ReviveChannel");
        assertThat(task(instance)).hasCandidateGroup("social-manager").hasFormKey(null);
        assertThat(told.told()).as("the managers are told").containsExactly("ReviveChannel:general");
        complete(task(instance),
                withVariables(REVIVE_ACTION.name(), "planned", REVIVE_NOTE.name(), "Autumn post on Monday"));
        assertThat(instance).hasPassed("ChannelSilent", "ReviveChannel", "SilenceHandled").isEnded();
    }
}
