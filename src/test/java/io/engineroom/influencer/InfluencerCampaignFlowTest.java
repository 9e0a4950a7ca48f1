package io.engineroom.influencer;

import static io.engineroom.influencer.InfluencerVariables.AUDIENCE_FIT;
import static io.engineroom.influencer.InfluencerVariables.BRAND_SAFETY_FLAGS;
import static io.engineroom.influencer.InfluencerVariables.CLICKS;
import static io.engineroom.influencer.InfluencerVariables.CONTRACT_DECISION;
import static io.engineroom.influencer.InfluencerVariables.CREATOR_ANSWER;
import static io.engineroom.influencer.InfluencerVariables.CREATOR_BRIEF;
import static io.engineroom.influencer.InfluencerVariables.ENGAGEMENTS;
import static io.engineroom.influencer.InfluencerVariables.ENGAGEMENT_RATE;
import static io.engineroom.influencer.InfluencerVariables.IMPRESSIONS;
import static io.engineroom.influencer.InfluencerVariables.PAYMENT_AMOUNT;
import static io.engineroom.influencer.InfluencerVariables.PAYMENT_DECISION;
import static io.engineroom.influencer.InfluencerVariables.POST_LINK;
import static io.engineroom.influencer.InfluencerVariables.POST_TEXT;
import static io.engineroom.influencer.InfluencerVariables.REACH;
import static io.engineroom.influencer.InfluencerVariables.VET_FAILURE_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.brand.BrandService;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.reporting.Cadence;
import io.engineroom.reporting.ReportPeriod;
import io.engineroom.reporting.ReportingMetrics;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.workflow.TaskActionException;
import io.engineroom.workflow.TaskInbox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * One influencer campaign on PostgreSQL through the task inbox, as the people of the brand work it: the creator's
 * draft through the real content-approval SOP (called from the campaign), and the refusals on the way: another
 * brand's manager, a failed vet without a reason, a contract task without a contract, a post without the disclosure
 * tag, and the requester approving their own payment.
 */
@EngineRoomIntegrationTest
class InfluencerCampaignFlowTest {

    private static final String BRAND = "beanleaf";
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    Creators creators;
    @Autowired
    InfluencerCampaigns campaigns;
    @Autowired
    ContentService content;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ReportingMetrics metrics;

    String suffix;
    String secondManager;
    String otherBrandManager;

    @BeforeEach
    void people() {
        suffix = Long.toString(System.nanoTime(), 36);
        secondManager = TestUsers.ensure(users, brands, "sm-two-" + suffix, Role.SOCIAL_MANAGER, BRAND);
        otherBrandManager = TestUsers.ensure(users, brands, "sm-nw-" + suffix, Role.SOCIAL_MANAGER, "northwind");
    }

    private long creator(String engagementRate) {
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            return creators.add(BRAND, new CreatorDetails("Sam Brew " + suffix, "@sambrew", "Instagram, TikTok",
                    48_000L, new BigDecimal(engagementRate), "500 per reel", "Spring roast 2025", "Loves oat milk"));
        }
    }

    private long campaign(long creatorId) {
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            return campaigns.start(creatorId, "Autumn blend " + suffix, null);
        }
    }

    private CampaignSummary summary(long campaignId) {
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            return campaigns.get(campaignId);
        }
    }

    private Task task(long campaignId) {
        return taskService.createTaskQuery().processInstanceBusinessKey("campaign:" + campaignId).singleResult();
    }

    private Task draftTask(long contentItemId) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + contentItemId).singleResult();
    }

    private void completeAs(String userId, Task task, Map<String, Object> values) {
        try (var signedIn = SignedIn.as(users, userId)) {
            inbox.complete(task.getId(), values, UTC);
        }
    }

    @Test
    void aCampaignRunsFromShortlistThroughTheBrandsApprovalToPaymentAndReview() {
        long campaign = campaign(creator("4.20"));
        assertThat(task(campaign).getTaskDefinitionKey()).isEqualTo("VetCreator");
        // a variable the vet form does not declare cannot be slipped in: the DMN reads the directory's rate
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> inbox.complete(task(campaign).getId(), Map.of(AUDIENCE_FIT.name(), "strong",
                    BRAND_SAFETY_FLAGS.name(), 0L, ENGAGEMENT_RATE.name(), 99.0), UTC))
                    .isInstanceOf(TaskActionException.class);
        }
        completeAs("social-manager", task(campaign), Map.of(AUDIENCE_FIT.name(), "strong",
                BRAND_SAFETY_FLAGS.name(), 0L));
        completeAs("social-manager", task(campaign), Map.of(CREATOR_ANSWER.name(), "agreed"));

        assertThat(task(campaign).getTaskDefinitionKey()).isEqualTo("AttachContract");
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> inbox.complete(task(campaign).getId(), Map.of(), UTC))
                    .isInstanceOf(TaskActionException.class).hasMessageContaining("Attach the signed contract");
            campaigns.attachContract(campaign, "contract.pdf", "application/pdf",
                    "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8));
        }
        completeAs("social-manager", task(campaign), Map.of());
        assertThat(task(campaign).getTaskDefinitionKey()).isEqualTo("ReviewContract");
        try (var signedIn = SignedIn.as(users, "legal")) {
            assertThat(campaigns.contract(campaign).fileName()).as("legal reads the contract").isEqualTo(
                    "contract.pdf");
        }
        completeAs("legal", task(campaign), Map.of(CONTRACT_DECISION.name(), "approve"));
        completeAs("social-manager", task(campaign), Map.of(CREATOR_BRIEF.name(), "Two stories and a reel"));

        // the creator's draft is a content item of the brand, approved by the brand's content-approval SOP
        long draft = summary(campaign).contentItemId();
        assertThat(content.get(draft).brandId()).isEqualTo(BRAND);
        taskService.complete(draftTask(draft).getId(), Map.of("objective", "awareness"));
        taskService.complete(draftTask(draft).getId(), Map.of("caption", "Autumn in a cup #ad"));
        completeAs("brand-reviewer", draftTask(draft), Map.of("reviewDecision", "approve"));
        assertThat(draftTask(draft).getTaskDefinitionKey()).as("paid promotion: legal clears it")
                .isEqualTo("LegalReview");
        completeAs("legal", draftTask(draft), Map.of("reviewDecision", "approve"));
        assertThat(content.get(draft).state()).isEqualTo("APPROVED");
        assertThat(content.get(draft).processInstanceId()).as("bound to the instance the campaign called")
                .isEqualTo(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                        "content:" + draft).singleResult().getId());

        assertThat(task(campaign).getTaskDefinitionKey()).isEqualTo("RecordLivePost");
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> inbox.complete(task(campaign).getId(), Map.of(POST_TEXT.name(),
                    "Autumn in a cup #adventure", POST_LINK.name(), "https://social.example/@sambrew/1"), UTC))
                    .isInstanceOf(TaskActionException.class).hasMessageContaining("lacks the disclosure tag #ad");
        }
        completeAs("social-manager", task(campaign), Map.of(POST_TEXT.name(), "Autumn in a cup #AD",
                POST_LINK.name(), "https://social.example/@sambrew/1"));
        completeAs("social-manager", task(campaign), Map.of(PAYMENT_AMOUNT.name(), 500L));

        String approval = task(campaign).getId();
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> inbox.complete(approval, Map.of(PAYMENT_DECISION.name(), "approve"), UTC))
                    .isInstanceOf(TaskActionException.class).hasMessageContaining("someone else must approve it");
        }
        completeAs(secondManager, task(campaign), Map.of(PAYMENT_DECISION.name(), "approve"));
        assertThat(summary(campaign).state()).isEqualTo("PAYMENT_APPROVED");

        completeAs("analyst", task(campaign), Map.of(REACH.name(), 30_000L, IMPRESSIONS.name(), 52_000L,
                ENGAGEMENTS.name(), 2_400L, CLICKS.name(), 310L));
        assertThat(task(campaign)).isNull();
        assertThat(summary(campaign).state()).isEqualTo("REVIEWED");
        try (var signedIn = SignedIn.as(users, "analyst")) {
            assertThat(campaigns.figures(BRAND, Instant.EPOCH, Instant.now().plusSeconds(86_400 * 400L)))
                    .filteredOn(figures -> figures.campaignId() == campaign).singleElement()
                    .satisfies(figures -> {
                        assertThat(figures.reach()).isEqualTo(30_000L);
                        assertThat(figures.paid()).isEqualByComparingTo("500");
                        assertThat(figures.postLink()).isEqualTo("https://social.example/@sambrew/1");
                    });
            // and into the brand's report: the day of the review, in the brand's time zone
            LocalDate reviewed = LocalDate.ofInstant(summaryReviewedAt(campaign), brands.settings(BRAND).timeZone());
            assertThat(metrics.influencerCampaigns(new ReportPeriod(BRAND, Cadence.DAILY, reviewed,
                    reviewed.plusDays(1)))).extracting(CampaignFigures::campaignId).contains(campaign);
        }
    }

    private Instant summaryReviewedAt(long campaign) {
        return campaigns.figures(BRAND, Instant.EPOCH, Instant.now().plusSeconds(86_400 * 400L)).stream()
                .filter(figures -> figures.campaignId() == campaign).findFirst().orElseThrow().reviewedAt();
    }

    @Test
    void aFailedVetIsRefusedWithoutAReasonAndClosedWithOne() {
        long campaign = campaign(creator("0.40"));
        completeAs("social-manager", task(campaign), Map.of(AUDIENCE_FIT.name(), "strong",
                BRAND_SAFETY_FLAGS.name(), 0L));
        assertThat(task(campaign).getTaskDefinitionKey()).as("0.4 % engagement fails").isEqualTo("CloseFailedVet");

        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThatThrownBy(() -> inbox.complete(task(campaign).getId(), Map.of(VET_FAILURE_REASON.name(), " "),
                    UTC)).isInstanceOf(TaskActionException.class);
        }
        assertThat(task(campaign).getTaskDefinitionKey()).isEqualTo("CloseFailedVet");
        completeAs("social-manager", task(campaign), Map.of(VET_FAILURE_REASON.name(), "Followers bought"));

        assertThat(task(campaign)).isNull();
        assertThat(summary(campaign).state()).isEqualTo("VET_FAILED");
    }

    @Test
    void aManagerOfAnotherBrandOrAnotherRoleIsRefusedTheDirectory() {
        long creatorId = creator("2.00");
        try (var signedIn = SignedIn.as(users, otherBrandManager)) {
            assertThatThrownBy(() -> creators.of(BRAND)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> campaigns.start(creatorId, "Poach", null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> creators.get(creatorId)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("social media manager");
        }
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThat(campaigns.of(BRAND)).noneMatch(campaign -> campaign.name().equals("Poach"));
        }
    }
}
