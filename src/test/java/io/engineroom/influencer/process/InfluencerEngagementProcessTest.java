package io.engineroom.influencer.process;

import static io.engineroom.influencer.InfluencerVariables.AUDIENCE_FIT;
import static io.engineroom.influencer.InfluencerVariables.BRAND_SAFETY_FLAGS;
import static io.engineroom.influencer.InfluencerVariables.CONTRACT_COMMENT;
import static io.engineroom.influencer.InfluencerVariables.CONTRACT_DECISION;
import static io.engineroom.influencer.InfluencerVariables.CREATOR_ANSWER;
import static io.engineroom.influencer.InfluencerVariables.CREATOR_BRIEF;
import static io.engineroom.influencer.InfluencerVariables.DRAFT_KEY;
import static io.engineroom.influencer.InfluencerVariables.ENGAGEMENT_RATE;
import static io.engineroom.influencer.InfluencerVariables.PAYMENT_AMOUNT;
import static io.engineroom.influencer.InfluencerVariables.PAYMENT_COMMENT;
import static io.engineroom.influencer.InfluencerVariables.PAYMENT_DECISION;
import static io.engineroom.influencer.InfluencerVariables.POST_LINK;
import static io.engineroom.influencer.InfluencerVariables.POST_TEXT;
import static io.engineroom.influencer.InfluencerVariables.REACH;
import static io.engineroom.influencer.InfluencerVariables.VET_FAILURE_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.engineroom.influencer.InfluencerCampaigns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * influencer-engagement from processes/ with the real creator-vetting.dmn: every route of a campaign, with the
 * steps' listeners standing in for the records (their checks are tested against PostgreSQL in
 * InfluencerCampaignFlowTest). content-approval is a stand-in here, one task, so the test sees what the call
 * activity hands it: the business key content:&lt;id&gt; and the start variables, local to the call.
 */
class InfluencerEngagementProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engineExtension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine engine;
    final List<String> steps = new CopyOnWriteArrayList<>();
    /** What vettingFacts reads "from the records" in these tests. */
    Map<String, Object> vetFacts = Map.of();

    @BeforeEach
    void deploy() throws IOException {
        BpmnAwareTests.init(engine);
        DeploymentBuilder deployment = repositoryService().createDeployment().name("influencer-test")
                .addModelInstance("content-approval.bpmn", Bpmn.createExecutableProcess("content-approval")
                        .camundaHistoryTimeToLive(1).startEvent("StandInStart").userTask("StandInApproval")
                        .endEvent("StandInEnd").done());
        add(deployment, Path.of("processes", "influencer-engagement.bpmn"));
        add(deployment, Path.of("processes", "creator-vetting.dmn"));
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(Path.of("forms"), "influencer-*.form")) {
            forms.forEach(form -> add(deployment, form));
        }
        deployment.deploy();
        for (String step : List.of("recordVet", "failedVetNeedsReason", "recordOutreach", "contractOnFile",
                "contractReviewNeedsComment", "recordCreatorBrief", "checkLivePost", "recordPaymentRequest",
                "paymentFourEyes", "recordCampaignFigures")) {
            Mocks.register(step, (TaskListener) task -> steps.add(step + ":" + task.getEventName()));
        }
        Mocks.register("vettingFacts", (ExecutionListener) execution -> execution.setVariables(vetFacts));
        Mocks.register("planCreatorDraft", (ExecutionListener) execution -> {
            execution.setVariablesLocal(Map.of("contentItemId", 77L, "paidPromotion", true));
            DRAFT_KEY.setLocal(execution, "content:77");
        });
    }

    private static void add(DeploymentBuilder deployment, Path file) {
        try {
            deployment.addInputStream(file.getFileName().toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance shortlisted(String audienceFit, int flags, double engagementRate) {
        vetFacts = Map.of(AUDIENCE_FIT.name(), audienceFit, BRAND_SAFETY_FLAGS.name(), flags,
                ENGAGEMENT_RATE.name(), engagementRate);
        ProcessInstance campaign = runtimeService().startProcessInstanceByKey(InfluencerCampaigns.SOP_KEY,
                "campaign:" + System.nanoTime());
        assertThat(campaign).isWaitingAt("VetCreator");
        assertThat(task(campaign)).hasCandidateGroup("social-manager");
        complete(task(campaign), withVariables(AUDIENCE_FIT.name(), audienceFit, BRAND_SAFETY_FLAGS.name(), flags));
        return campaign;
    }

    private void contracted(ProcessInstance campaign) {
        complete(task(campaign), withVariables(CREATOR_ANSWER.name(), "agreed"));
        assertThat(campaign).isWaitingAt("AttachContract");
        complete(task(campaign));
        assertThat(campaign).isWaitingAt("ReviewContract");
        assertThat(task(campaign)).hasCandidateGroup("legal");
    }

    @Test
    void aCreatorWhoPassesTheVetGoesThroughContractDraftApprovalLivePostPaymentAndReview() {
        ProcessInstance campaign = shortlisted("strong", 0, 2.5);

        assertThat(campaign).hasPassed("DecideVet").isWaitingAt("ReachOut");
        contracted(campaign);
        complete(task(campaign), withVariables(CONTRACT_DECISION.name(), "approve"));
        assertThat(campaign).isWaitingAt("BriefCreator");
        complete(task(campaign), withVariables(CREATOR_BRIEF.name(), "Autumn blend, two stories and a reel"));

        assertThat(campaign).isWaitingAt("DraftApproval");
        ProcessInstance draft = runtimeService().createProcessInstanceQuery()
                .superProcessInstanceId(campaign.getId()).singleResult();
        assertThat(draft.getBusinessKey()).as("the draft's approval names its content item").isEqualTo("content:77");
        assertThat(runtimeService().getVariables(draft.getId())).containsEntry("contentItemId", 77L)
                .containsEntry("paidPromotion", true);
        assertThat(runtimeService().getVariables(campaign.getId())).as("the call's variables stay with the call")
                .doesNotContainKeys("contentItemId", DRAFT_KEY.name());
        complete(task(draft));

        assertThat(campaign).isWaitingAt("RecordLivePost");
        complete(task(campaign), withVariables(POST_TEXT.name(), "Loving it #ad", POST_LINK.name(),
                "https://social.example/@sam/1"));
        complete(task(campaign), withVariables(PAYMENT_AMOUNT.name(), 500L));
        assertThat(campaign).isWaitingAt("ApprovePayment");
        assertThat(task(campaign)).hasCandidateGroup("social-manager");
        complete(task(campaign), withVariables(PAYMENT_DECISION.name(), "approve"));
        assertThat(campaign).isWaitingAt("ReviewPerformance");
        assertThat(task(campaign)).hasCandidateGroup("analyst");
        complete(task(campaign), withVariables(REACH.name(), 1000L));

        assertThat(campaign).hasPassed("CampaignReviewed").isEnded();
        assertThat(steps).containsExactly("recordVet:complete", "recordOutreach:complete", "contractOnFile:complete",
                "contractReviewNeedsComment:complete", "recordCreatorBrief:complete", "checkLivePost:complete",
                "recordPaymentRequest:complete", "paymentFourEyes:complete", "recordCampaignFigures:complete");
    }

    @Test
    void aCreatorWithABrandSafetyFlagFailsTheVetAndIsClosedWithAReason() {
        ProcessInstance campaign = shortlisted("strong", 1, 9.0);

        assertThat(campaign).isWaitingAt("CloseFailedVet");
        complete(task(campaign), withVariables(VET_FAILURE_REASON.name(), "Undisclosed ads last spring"));

        assertThat(campaign).hasPassed("NotEngaged").hasNotPassed("ReachOut").isEnded();
        assertThat(steps).contains("failedVetNeedsReason:complete");
    }

    @Test
    void aCreatorWhoDeclinesEndsTheCampaign() {
        ProcessInstance campaign = shortlisted("partial", 0, 4.0);

        complete(task(campaign), withVariables(CREATOR_ANSWER.name(), "declined"));

        assertThat(campaign).hasPassed("CreatorDeclined").hasNotPassed("AttachContract").isEnded();
    }

    @Test
    void rejectedTermsGoBackToTheContractAndARefusedPaymentBackToItsRequest() {
        ProcessInstance campaign = shortlisted("strong", 0, 1.0);
        contracted(campaign);

        complete(task(campaign), withVariables(CONTRACT_DECISION.name(), "reject", CONTRACT_COMMENT.name(),
                "Usage rights for 12 months, not forever"));
        assertThat(campaign).isWaitingAt("AttachContract");
        complete(task(campaign));
        complete(task(campaign), withVariables(CONTRACT_DECISION.name(), "approve"));
        complete(task(campaign), withVariables(CREATOR_BRIEF.name(), "Brief"));
        complete(task(runtimeService().createProcessInstanceQuery().superProcessInstanceId(campaign.getId())
                .singleResult()));
        complete(task(campaign), withVariables(POST_TEXT.name(), "#ad", POST_LINK.name(), "https://x.example/1"));
        complete(task(campaign), withVariables(PAYMENT_AMOUNT.name(), 900L));
        complete(task(campaign), withVariables(PAYMENT_DECISION.name(), "reject", PAYMENT_COMMENT.name(),
                "The contract says 500"));

        assertThat(campaign).hasPassed("PaymentToRequest").isWaitingAt("RequestPayment");
        assertThat(campaign).hasPassed("ContractToAttach");
    }
}
