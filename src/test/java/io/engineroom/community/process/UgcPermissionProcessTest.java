package io.engineroom.community.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.engineroom.community.CommunityTimings;
import io.engineroom.community.CommunityVariables;
import io.engineroom.community.UgcPermissions;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * ugc-permission from processes/: ask → record the answer; the gateway follows the answer on record (not the form
 * variable); a yes plans the credited post, a no ends with nothing planned; a reminder if no answer comes in time.
 */
class UgcPermissionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine engine;
    final List<String> steps = new ArrayList<>();
    /** The answers "on record", by business key: what the gateway must follow. */
    final Map<String, Boolean> onRecord = new HashMap<>();

    /** Stands in for UgcAnswers: the record's answer, by the instance's business key. */
    public class Answers {
        public boolean granted(DelegateExecution execution) {
            return onRecord.getOrDefault(execution.getProcessBusinessKey(), false);
        }
    }

    @BeforeEach
    void deploy() {
        BpmnAwareTests.init(engine);
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        Mocks.register("recordUgcRequest", (TaskListener) task -> steps.add("asked " + task.getVariable("requestUrl")));
        Mocks.register("recordUgcAnswer",
                (TaskListener) task -> steps.add("answered " + task.getVariable("ugcAnswer")));
        Mocks.register("planCreditedRepost", (JavaDelegate) execution -> steps.add("planned"));
        Mocks.register("remindUgcAnswer", (JavaDelegate) execution -> steps.add("reminded"));
        Mocks.register("communityTimings", new CommunityTimings("P3D"));
        Mocks.register("ugcAnswers", new Answers());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance requested(long id) {
        return runtimeService().startProcessInstanceByKey(UgcPermissions.SOP_KEY, UgcPermissions.businessKey(id),
                withVariables(CommunityVariables.AUTHOR_HANDLE.name(), "@jane",
                        CommunityVariables.POST_URL.name(), "https://social.example/@jane/1"));
    }

    private void askAndAnswer(ProcessInstance instance, String answer) {
        assertThat(task(instance)).hasDefinitionKey("AskAuthor").hasCandidateGroup("community-manager");
        taskService().complete(task(instance).getId(), withVariables("requestText", "May we?",
                "requestUrl", "https://social.example/@brand/2"));
        assertThat(task(instance)).hasDefinitionKey("RecordAnswer").hasCandidateGroup("community-manager");
        taskService().complete(task(instance).getId(), withVariables("ugcAnswer", answer,
                "answerUrl", "https://social.example/@jane/3"));
    }

    @Test
    void aYesOnRecordPlansTheCreditedPost() {
        ProcessInstance instance = requested(1);
        onRecord.put(UgcPermissions.businessKey(1), true);

        askAndAnswer(instance, "yes");

        assertThat(steps).containsExactly("asked https://social.example/@brand/2", "answered yes", "planned");
        assertThat(instance).hasPassed("PlanCreditedPost", "CreditedPostPlanned").isEnded();
    }

    @Test
    void aNoOnRecordEndsWithNothingPlannedWhateverTheFormSays() {
        ProcessInstance instance = requested(2);

        // the form says yes, the record does not: the record wins
        askAndAnswer(instance, "yes");

        assertThat(steps).doesNotContain("planned");
        assertThat(instance).hasPassed("PermissionDeclined").hasNotPassed("PlanCreditedPost").isEnded();
    }

    @Test
    void noAnswerInTimeBringsAReminderAndTheAnswerTaskStaysOpen() {
        ProcessInstance instance = requested(3);
        taskService().complete(task(instance).getId(), withVariables("requestText", "May we?",
                "requestUrl", "https://social.example/@brand/2"));

        assertThat(job(instance)).isNotNull();
        execute(job(instance));

        assertThat(steps).endsWith("reminded");
        assertThat(instance).hasPassed("NoAnswerYet", "RemindToChase", "ReminderSent").isWaitingAt("RecordAnswer");
    }
}
