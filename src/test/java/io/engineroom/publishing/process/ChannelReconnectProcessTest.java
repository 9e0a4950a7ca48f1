package io.engineroom.publishing.process;

import static io.engineroom.publishing.ChannelReconnectVariables.CHANNEL_LABEL;
import static io.engineroom.publishing.ChannelReconnectVariables.RECONNECT_ACTION;
import static io.engineroom.publishing.ChannelReconnectVariables.RECONNECT_NOTE;
import static io.engineroom.publishing.ChannelReconnectVariables.TOKEN_PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.engineroom.publishing.ChannelReconnectTasks;
import io.engineroom.support.ToldTasks;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * channel-reconnect from processes/: a refused token becomes "Connect the channel again" for the social managers,
 * which ends by itself when the channel is connected again, or when a manager closes it.
 */
class ChannelReconnectProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine engine;
    final ToldTasks told = new ToldTasks();

    @BeforeEach
    void deploy() {
        BpmnAwareTests.init(engine);
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        Mocks.register("tellTaskPeople", told);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance refused(long channelId) {
        return runtimeService().startProcessInstanceByKey(ChannelReconnectTasks.SOP_KEY,
                ChannelReconnectTasks.businessKey(channelId), withVariables(CHANNEL_LABEL.name(), "X @brand",
                        TOKEN_PROBLEM.name(), "The platform refused the refresh token (invalid_grant)"));
    }

    @Test
    void aRefusedTokenBecomesATaskForTheSocialManagerThatEndsWhenTheChannelIsConnectedAgain() {
        ProcessInstance instance = refused(7);

        assertThat(instance).isWaitingAt("ConnectAgain");
        assertThat(task(instance)).hasCandidateGroup("social-manager").hasName("Connect the channel again");
        assertThat(told.told()).as("the managers are told").containsExactly("ConnectAgain:channel-reconnect");

        int ended = runtimeService().createMessageCorrelation(ChannelReconnectTasks.CONNECTED)
                .processInstanceBusinessKey(ChannelReconnectTasks.businessKey(7)).correlateAllWithResult().size();

        assertThat(ended).isEqualTo(1);
        assertThat(instance).hasPassed("ConnectedAgain", "ChannelConnected").isEnded();
    }

    @Test
    void aManagerCanCloseTheTaskThemselvesForARetiredChannel() {
        ProcessInstance instance = refused(8);

        complete(task(instance), withVariables(RECONNECT_ACTION.name(), "retired",
                RECONNECT_NOTE.name(), "We left X"));

        assertThat(instance).hasPassed("ConnectAgain", "ReconnectClosed").hasNotPassed("ChannelConnected").isEnded();
    }

    @Test
    void connectingAnotherChannelLeavesTheTaskOpen() {
        ProcessInstance instance = refused(9);

        runtimeService().createMessageCorrelation(ChannelReconnectTasks.CONNECTED)
                .processInstanceBusinessKey(ChannelReconnectTasks.businessKey(10)).correlateAll();

        assertThat(instance).isWaitingAt("ConnectAgain");
    }
}
