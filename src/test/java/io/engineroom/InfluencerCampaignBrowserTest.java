package io.engineroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.influencer.CampaignSummary;
import io.engineroom.influencer.CreatorDetails;
import io.engineroom.influencer.Creators;
import io.engineroom.influencer.InfluencerCampaigns;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One influencer campaign in a real browser, from shortlist to payment: the social media manager shortlists a
 * creator on the Creators screen, vets and reaches out in My work, attaches the contract, legal approves its terms,
 * the manager briefs the creator; the draft's content approval is completed through the engine (its own browser
 * test covers it); the live post is refused on the page without #ad, then recorded; the requester cannot approve
 * their own payment, a second manager does.
 */
@EngineRoomIntegrationTest
class InfluencerCampaignBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1440, 1000);

    @Autowired
    Creators creators;
    @Autowired
    InfluencerCampaigns campaigns;
    @Autowired
    TaskService taskService;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void aCampaignGoesFromShortlistThroughContractAndDraftApprovalToAnApprovedPayment() {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        String creatorName = "Ines Espresso " + ref;
        String campaignName = "Cold brew summer " + ref;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            creators.add("beanleaf", new CreatorDetails(creatorName, "@ines.espresso", "Instagram", 20_000L,
                    new BigDecimal("4.00"), "300 per post", null, null));
        }
        String secondManager = TestUsers.ensure(users, brands, "sm-browser-" + ref, Role.SOCIAL_MANAGER,
                "beanleaf");
        String title = campaignName + ": " + creatorName;

        // The social media manager shortlists the creator on the Creators screen.
        browser.logIn("social-manager");
        page.navigate(browser.baseUrl() + "/creators");
        chooseBeanleaf();
        page.locator("#creators vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(creatorName)).click();
        enter(page.locator("#campaign-name input"), campaignName);
        page.locator("#campaign-shortlist").click();
        assertThat(page.locator("#campaigns vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(campaignName))).hasCount(1);
        long campaignId = campaignId(campaignName);

        // Vet and outreach in My work.
        openFromMyWork(title, "Vet the creator");
        page.locator("#field-audienceFit").getByLabel("Strong: the brand's audience").check();
        enter(page.locator("#field-brandSafetyFlags input"), "0");
        complete();
        openFromMyWork(title, "Reach out to the creator");
        page.locator("#field-creatorAnswer").getByLabel("Agreed to work with us").check();
        complete();

        // The contract is attached on the Creators screen, then the task is completed.
        page.navigate(browser.baseUrl() + "/creators");
        chooseBeanleaf();
        page.locator("#campaigns vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(campaignName)).click();
        page.locator("#contract-upload input[type=file]").setInputFiles(new FilePayload("contract-" + ref + ".pdf",
                "application/pdf", "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#campaigns vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("contract-" + ref + ".pdf"))).hasCount(1);
        openFromMyWork(title, "Attach the contract");
        complete();
        browser.signOut();

        // Legal approves the terms.
        browser.logIn("legal");
        openFromMyWork(title, "Review the contract terms");
        page.locator("#field-contractDecision").getByLabel("Approve the terms").check();
        complete();
        browser.signOut();

        // The manager briefs the creator; the draft goes through the brand's content approval.
        browser.logIn("social-manager");
        openFromMyWork(title, "Brief the creator");
        enter(page.locator("#field-creatorBrief textarea"), "One reel about cold brew at home, by June 20");
        complete();
        long draft = summary(campaignId).contentItemId();
        taskService.complete(draftTask(draft, "WriteBrief").getId(), Map.of("objective", "awareness"));
        taskService.complete(draftTask(draft, "WriteCopy").getId(), Map.of("caption", "Cold brew at home #ad"));
        taskService.complete(draftTask(draft, "BrandReview").getId(), Map.of("reviewDecision", "approve"));
        taskService.complete(draftTask(draft, "LegalReview").getId(), Map.of("reviewDecision", "approve"));

        // The live post: refused on the page without the disclosure tag, recorded with it.
        page.reload();
        openFromMyWork(title, "Record the live post");
        enter(page.locator("#field-postText textarea"), "Cold brew at home, so easy!");
        enter(page.locator("#field-postLink input"), "https://social.example/@ines.espresso/42");
        page.locator("#complete-task").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("lacks the disclosure tag #ad"))).isVisible();
        browser.screenshot("influencer-post-without-disclosure");
        enter(page.locator("#field-postText textarea"), "Cold brew at home, so easy! #ad");
        complete();
        openFromMyWork(title, "Request payment");
        enter(page.locator("#field-paymentAmount input"), "300");
        complete();

        // The requester cannot approve their own payment; a second manager does.
        openFromMyWork(title, "Approve the payment");
        page.locator("#field-paymentDecision").getByLabel("Approve the payment").check();
        page.locator("#complete-task").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("someone else must approve it"))).isVisible();
        browser.signOut();
        browser.logIn(secondManager, TestUsers.PASSWORD);
        openFromMyWork(title, "Approve the payment");
        page.locator("#field-paymentDecision").getByLabel("Approve the payment").check();
        complete();
        browser.signOut();

        assertThat(summary(campaignId).state()).isEqualTo("PAYMENT_APPROVED");
        assertThat(summary(campaignId).postLink()).isEqualTo("https://social.example/@ines.espresso/42");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("campaign:" + campaignId).singleResult()
                .getTaskDefinitionKey()).isEqualTo("ReviewPerformance");
    }

    private void chooseBeanleaf() {
        Locator brand = page.locator("#creators-brand");
        brand.locator("input").fill("Bean & Leaf");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Bean & Leaf Coffee"))
                .click();
    }

    private long campaignId(String campaignName) {
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            return campaigns.of("beanleaf").stream().filter(campaign -> campaign.name().equals(campaignName))
                    .findFirst().orElseThrow().id();
        }
    }

    private CampaignSummary summary(long campaignId) {
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            return campaigns.get(campaignId);
        }
    }

    private Task draftTask(long contentItemId, String key) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("content:" + contentItemId)
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return task;
    }

    /**
     * Double-clicks the campaign's row in My work (its title is unique), filtered to the brand's campaigns, and
     * waits for its task page.
     */
    private void openFromMyWork(String title, String taskName) {
        Locator row = browser.myWorkRow("brand=beanleaf&sop=influencer-engagement", title);
        row.dblclick();
        page.waitForURL(Pattern.compile(".*/task/[^/]+$"));
        assertThat(page.getByText(Pattern.compile(taskName + " · Bean & Leaf Coffee"))).isVisible();
    }

    /** Completes the open task and waits until the app is back in My work. */
    private void complete() {
        page.locator("#complete-task").click();
        page.waitForURL(browser.baseUrl() + "/");
        assertThat(page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Task completed")).first()).isVisible();
        assertThat(page.locator("#inbox")).isVisible();
    }

    private static void enter(Locator input, String text) {
        input.fill(text);
        input.blur();
    }
}
