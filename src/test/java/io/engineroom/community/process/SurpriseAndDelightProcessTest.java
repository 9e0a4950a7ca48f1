package io.engineroom.community.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.engineroom.community.CommunityCare;
import io.engineroom.community.CommunityVariables;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * surprise-and-delight from processes/: one task for the brand's community managers; completing it records what was
 * sent, by whoever completed it.
 */
class SurpriseAndDelightProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine engine;
    final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void deploy() {
        BpmnAwareTests.init(engine);
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        Mocks.register("recordSurprise", (TaskListener) task -> recorded.add(task.getExecution()
                .getProcessBusinessKey() + " " + task.getAssignee() + " " + task.getVariable("surpriseSent")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theCommunityManagerSendsTheSurpriseAndTheCompletionIsRecorded() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(CommunityCare.SOP_KEY,
                CommunityCare.businessKey(5), withVariables(CommunityVariables.AUTHOR_HANDLE.name(), "@jane",
                        CommunityVariables.POSITIVE_COUNT.name(), 4L));

        assertThat(instance).isWaitingAt("SendSurprise");
        assertThat(task(instance)).hasCandidateGroup("community-manager").hasName("Surprise and delight");
        taskService().claim(task(instance).getId(), "community-manager");
        taskService().complete(task(instance).getId(), withVariables("surpriseSent", "A hand-written card"));

        assertThat(recorded).containsExactly("surprise:5 community-manager A hand-written card");
        assertThat(instance).hasPassed("SendSurprise", "SurpriseSent").isEnded();
    }
}
