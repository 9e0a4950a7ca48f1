package io.engineroom.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.deployment.SopDeployer;
import io.engineroom.workflow.deployment.SopFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * sop-change from processes/: the review task a held SOP change gets, and its three ends (approved, rejected,
 * activated at once by an administrator). The delegates are stand-ins that record their calls; what they do with
 * the change is tested on PostgreSQL (SopChangeReviewTest).
 */
class SopChangeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine engine;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void deploy() {
        BpmnAwareTests.init(engine);
        new SopDeployer(repositoryService(), new SopFolders(Path.of("processes"), Path.of("forms"))).deployChanges();
        Mocks.register("sopChangeReviewers", new Reviewers());
        Mocks.register("sopChangeReview", (TaskListener) task -> calls.add("review:" + task.getEventName()));
        Mocks.register("activateSopChange", (JavaDelegate) execution -> calls.add("activate"));
        Mocks.register("rejectSopChange", (JavaDelegate) execution -> calls.add("reject"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void anApprovedChangeIsActivated() {
        ProcessInstance review = propose(1);

        assertThat(review).isWaitingAt("ReviewChange");
        assertThat(task(review)).hasCandidateGroup("social-manager").hasCandidateGroup("admin")
                .hasFormKey(null);
        complete(task(review), withVariables("reviewDecision", "approve", "migrateInstances", true));

        assertThat(review).hasPassed("ChangeProposed", "ReviewChange", "Approved", "ActivateChange", "ChangeLive")
                .hasNotPassed("RecordRejection").isEnded();
        assertThat(calls).containsExactly("reviewers", "review:complete", "activate");
    }

    @Test
    void aRejectedChangeIsRecordedAndStaysSuspended() {
        ProcessInstance review = propose(2);

        complete(task(review), withVariables("reviewDecision", "reject", "reviewComment",
                "The reminder must stay at one day"));

        assertThat(review).hasPassed("ReviewChange", "Approved", "RecordRejection", "ChangeRejected")
                .hasNotPassed("ActivateChange").isEnded();
        assertThat(calls).containsExactly("reviewers", "review:complete", "reject");
    }

    @Test
    void anActivationAtOnceEndsTheReviewWithoutDecidingIt() {
        ProcessInstance review = propose(3);

        runtimeService().createMessageCorrelation(ChangeIntake.ACTIVATED_AT_ONCE).processInstanceId(review.getId())
                .correlate();

        assertThat(review).hasPassed("ActivatedAtOnce", "ReviewEnded").hasNotPassed("Approved").isEnded();
        assertThat(calls).containsExactly("reviewers");
    }

    /** Stands in for sopChangeReviewers: a brand's change, offered to its social managers and the administrators. */
    public class Reviewers {
        public List<String> of(DelegateExecution execution) {
            calls.add("reviewers");
            return List.of("social-manager", "admin");
        }
    }

    private static ProcessInstance propose(long changeId) {
        return runtimeService().startProcessInstanceByKey(ChangeIntake.REVIEW_SOP, "sop-change:" + changeId);
    }
}
