package io.engineroom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The content SOP's copy loop in a real browser: a copywriter writes the caption, the social manager sends it
 * back with a comment (a rejection without one is refused on the page), the copywriter revises it seeing the
 * comment, the social manager approves. Runs Debian's Chromium when installed (CI installs it), otherwise
 * the browser Playwright downloads itself.
 */
@EngineRoomIntegrationTest
class ContentReviewBrowserTest {

    private static final String COPYWRITER = "copywriter";
    private static final String BRAND_REVIEWER = "brand-reviewer";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1440, 1000);

    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ChannelService channels;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void copyIsWrittenSentBackWithACommentRevisedAndApproved() {
        String title = "Browser test " + UUID.randomUUID().toString().substring(0, 8) + ": spring menu teaser";
        long itemId = content.plan("beanleaf", title);
        String processInstanceId = content.get(itemId).processInstanceId();
        completeBriefAsSystem(itemId);

        // The copywriter writes the first caption.
        browser.logIn(COPYWRITER);
        openFromMyWork(title, "Write copy");
        assertThat(page.locator("#field-keyMessage textarea")).hasValue("Spring drinks are back for a limited time");
        assertThat(page.locator("#field-reviewComment")).isHidden();
        enter(page.locator("#field-caption textarea"), "Spring is here, and so is our new menu.");
        enter(page.locator("#field-hashtags input"), "#spring #coffee");
        complete();
        browser.signOut();

        // The social manager sends it back: first without saying why, which the page refuses.
        browser.logIn(BRAND_REVIEWER);
        String reviewUrl = openFromMyWork(title, "Brand review");
        assertThat(page.locator("#field-caption textarea")).hasValue("Spring is here, and so is our new menu.");
        assertThat(page.locator("#field-hashtags input")).hasValue("#spring #coffee");
        Locator comment = page.locator("#field-reviewComment");
        assertThat(comment).isHidden();
        page.locator("#field-reviewDecision").getByLabel("Reject and send back").check();
        assertThat(comment).isVisible();
        page.locator("#complete-task").click();
        assertThat(comment).hasAttribute("invalid", "");
        assertThat(comment.locator("[slot='error-message']")).hasText("What must change is required");
        assertThat(page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Please correct the highlighted fields"))).isVisible();
        browser.screenshot("review-rejection-without-comment");
        assertThat(page).hasURL(reviewUrl);
        assertThat(openTaskKeys(itemId)).containsExactly("BrandReview");

        String reviewerComment = "Name two of the new drinks, and end with a question to the reader.";
        enter(comment.locator("textarea"), reviewerComment);
        assertThat(comment).not().hasAttribute("invalid", "");
        complete();
        browser.signOut();

        // The copywriter revises, seeing the reviewer's comment.
        browser.logIn(COPYWRITER);
        openFromMyWork(title, "Write copy");
        assertThat(page.locator("#field-reviewComment textarea")).hasValue(reviewerComment);
        assertThat(page.locator("#field-caption textarea")).hasValue("Spring is here, and so is our new menu.");
        assertThat(page.locator("#task-history")).containsText("Brand review");
        browser.screenshot("revision-with-reviewer-comment");
        String revisedCaption = "Lavender oat latte or honey cold brew? Our spring menu is here. Which one first?";
        enter(page.locator("#field-caption textarea"), revisedCaption);
        complete();
        browser.signOut();

        // The social manager approves the revision.
        browser.logIn(BRAND_REVIEWER);
        openFromMyWork(title, "Brand review");
        assertThat(page.locator("#field-caption textarea")).hasValue(revisedCaption);
        page.locator("#field-reviewDecision").getByLabel("Approve").check();
        assertThat(page.locator("#field-reviewComment")).isHidden();
        complete();
        assertThat(page.locator("#inbox vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title))).hasCount(0);
        browser.screenshot("approved-my-work");
        browser.signOut();

        assertThat(content.get(itemId).state()).isEqualTo("APPROVED");
        assertThat(openTaskKeys(itemId)).isEmpty();
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).finished().orderByHistoricActivityInstanceStartTime().asc()
                .list();
        assertThat(tasks).extracting(HistoricTaskInstance::getTaskDefinitionKey)
                .containsExactly("WriteBrief", "WriteCopy", "BrandReview", "WriteCopy", "BrandReview");
        assertThat(completedBy(tasks, "WriteCopy")).containsExactly(COPYWRITER, COPYWRITER);
        assertThat(completedBy(tasks, "BrandReview")).containsExactly(BRAND_REVIEWER, BRAND_REVIEWER);
    }

    /**
     * The content issue's whole chain at Northwind (regulated, client sign-off): copywriter drafts, the reviewer
     * sends it back, the copywriter revises, then internal review, legal and client-northwind approve in the
     * browser, and the approved text reaches the (stub) Mastodon channel once, not before its publish minute.
     */
    @Test
    void aNorthwindPostIsApprovedThroughLegalAndTheClientAndPublishedAtItsMinute() throws Exception {
        WireMockServer mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        try {
            mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                    .withBody("{\"id\":\"9\",\"url\":\"https://masto.example/@northwind/9\"}")));
            ChannelSummary channel = AsAdmin.call(() -> channels.addMastodon("northwind",
                    "@nw" + UUID.randomUUID().toString()
                    .substring(0, 6), mastodon.baseUrl(), "token-nw", false));
            // planned beyond Northwind's 48 h approval lead time, so neither "approval at risk" nor the approval
            // deadline fires while the browser works; once approved, it is rescheduled to the next minutes
            Instant plannedAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
            String title = "Northwind " + UUID.randomUUID().toString().substring(0, 8) + ": rates explained";
            long itemId = content.plan("northwind", new ContentBrief(title, "awareness", null,
                    "Rates, plainly explained", null, null, plannedAt, Set.of(channel.id())));
            Task brief = taskService.createTaskQuery().processInstanceBusinessKey("content:" + itemId).singleResult();
            taskService.complete(brief.getId(), Map.of("title", title, "objective", "awareness",
                    "keyMessage", "Rates, plainly explained", "publishAt", Date.from(plannedAt)));

            browser.logIn(COPYWRITER);
            openFromMyWork(title, "Write copy");
            enter(page.locator("#field-caption textarea"), "Rates went up. What now?");
            complete();
            browser.signOut();

            browser.logIn(BRAND_REVIEWER);
            openFromMyWork(title, "Brand review");
            page.locator("#field-reviewDecision").getByLabel("Reject and send back").check();
            enter(page.locator("#field-reviewComment textarea"), "Say what it means for a 25-year mortgage.");
            complete();
            browser.signOut();

            browser.logIn(COPYWRITER);
            openFromMyWork(title, "Write copy");
            String approvedText = "Rates went up. On a 25-year mortgage that means about 40 a month more.";
            enter(page.locator("#field-caption textarea"), approvedText);
            complete();
            browser.signOut();

            for (String[] step : new String[][] {{BRAND_REVIEWER, "Brand review"}, {"legal", "Legal review"},
                    {"client-northwind", "Client sign-off"}}) {
                browser.logIn(step[0]);
                openFromMyWork(title, step[1]);
                page.locator("#field-reviewDecision").getByLabel("Approve").check();
                complete();
                browser.signOut();
            }
            assertThat(content.get(itemId).state()).isEqualTo("APPROVED");
            Instant publishAt = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
            brands.addMember("northwind", "social-manager");
            try (var signedIn = SignedIn.as(users, "social-manager")) {
                content.reschedule(itemId, publishAt);
            }
            mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));

            // the publish minute comes by moving the engine's clock instead of waiting for it: the timer is not
            // due a second before it, is due at it, and the running job executor (woken up) then publishes
            String instanceId = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey("content:" + itemId).unfinished().singleResult().getId();
            Job untilPublishTime = managementService.createJobQuery().processInstanceId(instanceId).timers()
                    .activityId("UntilPublishTime").singleResult();
            assertThat(untilPublishTime.getDuedate()).isEqualTo(Date.from(publishAt));
            ClockUtil.setCurrentTime(Date.from(publishAt.minusSeconds(1)));
            assertThat(managementService.createJobQuery().processInstanceId(instanceId).timers().executable().count())
                    .as("not due a second before the publish minute").isZero();
            mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
            ClockUtil.setCurrentTime(Date.from(publishAt));
            assertThat(managementService.createJobQuery().processInstanceId(instanceId).timers().executable().count())
                    .as("due at the publish minute").isOne();
            engineConfiguration.getJobExecutor().jobWasAdded();

            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (mastodon.getAllServeEvents().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                    .withRequestBody(containing("40 a month more")));
            // the publishing job commits the item's new state just after the stub has answered
            Instant committed = Instant.now().plus(Duration.ofSeconds(30));
            while (!"PUBLISHED".equals(content.get(itemId).state()) && Instant.now().isBefore(committed)) {
                Thread.sleep(200);
            }
            assertThat(content.get(itemId).state()).isEqualTo("PUBLISHED");
        } finally {
            ClockUtil.reset();
            mastodon.stop();
        }
    }

    private void completeBriefAsSystem(long itemId) {
        Task brief = taskService.createTaskQuery().processInstanceBusinessKey("content:" + itemId).singleResult();
        assertThat(brief.getTaskDefinitionKey()).isEqualTo("WriteBrief");
        taskService.complete(brief.getId(), Map.of("objective", "engagement",
                "keyMessage", "Spring drinks are back for a limited time",
                "publishAt", Date.from(Instant.now().plus(5, ChronoUnit.DAYS))));
    }

    /** Double-clicks the item's row in My work (its title is unique) and waits for its task page. */
    private String openFromMyWork(String title, String taskName) {
        Locator row = page.locator("#inbox vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1); // waits for the grid's rows to arrive
        row.dblclick();
        page.waitForURL(Pattern.compile(".*/task/[^/]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(2)))
                .isVisible();
        assertThat(page.getByText(Pattern.compile(taskName + " · (Bean & Leaf Coffee|Northwind Bank)")))
                .isVisible();
        return page.url();
    }

    /** Completes the open task and waits until the app is back in My work. */
    private void complete() {
        page.locator("#complete-task").click();
        page.waitForURL(browser.baseUrl() + "/");
        assertThat(page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Task completed"))).isVisible();
        assertThat(page.locator("#inbox")).isVisible();
    }

    /** Types into a field and leaves it, as a person does. */
    private static void enter(Locator input, String text) {
        input.fill(text);
        input.blur();
    }

    private List<String> openTaskKeys(long itemId) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + itemId).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    /** Who completed each task of this kind, in order, from the engine's user operation log. */
    private List<String> completedBy(List<HistoricTaskInstance> tasks, String taskDefinitionKey) {
        List<HistoricTaskInstance> ofKind = tasks.stream()
                .filter(task -> task.getTaskDefinitionKey().equals(taskDefinitionKey)).toList();
        assertThat(ofKind).extracting(HistoricTaskInstance::getDeleteReason).containsOnly("completed");
        Map<String, String> completer = historyService.createUserOperationLogQuery()
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .processInstanceId(ofKind.get(0).getProcessInstanceId()).list().stream()
                .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId,
                        (first, second) -> first));
        List<String> assignees = ofKind.stream().map(HistoricTaskInstance::getAssignee).toList();
        assertThat(ofKind).extracting(task -> completer.get(task.getId())).containsExactlyElementsOf(assignees);
        return assignees;
    }
}
