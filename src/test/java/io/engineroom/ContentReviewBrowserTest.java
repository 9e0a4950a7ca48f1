package io.engineroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.content.ChannelPublication;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentPublishing;
import io.engineroom.content.ContentService;
import io.engineroom.demo.platforms.DemoAccount;
import io.engineroom.demo.platforms.ReceivedPosts;
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
 * comment, the social manager approves; and Northwind's whole chain through legal and the client to its demo
 * platforms and calendar. Runs Debian's Chromium when installed (CI installs it), otherwise the browser Playwright
 * downloads itself.
 */
@EngineRoomIntegrationTest
class ContentReviewBrowserTest {

    private static final String COPYWRITER = "copywriter";
    private static final String BRAND_REVIEWER = "brand-reviewer";
    private static final Map<Connector, DemoAccount> NORTHWIND_PLATFORMS = Map.of(
            Connector.BLUESKY, DemoAccount.NORTHWIND_BLUESKY, Connector.LINKEDIN, DemoAccount.NORTHWIND_LINKEDIN,
            Connector.X, DemoAccount.NORTHWIND_X);

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
    @Autowired
    ContentPublishing publishing;
    @Autowired
    ReceivedPosts received;

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
     * The content issue's whole chain at Northwind (regulated, client sign-off) on the demo's own channels: copywriter
     * drafts, the reviewer sends it back, the copywriter revises, then internal review, legal and client-northwind
     * approve in the browser. The approved text goes out once to each of Northwind's Bluesky, LinkedIn and X accounts
     * (the real connectors, on the stand-ins the app serves in demo mode), not a second before its publish minute,
     * and the calendar links each post where its platform's answer said it is.
     */
    @Test
    void aNorthwindPostIsApprovedThroughLegalAndTheClientThenPostedOnceToEachPlatformAndLinkedOnTheCalendar()
            throws Exception {
        Map<Connector, Long> demoChannels = AsAdmin.call(() -> channels.of("northwind")).stream()
                .filter(channel -> NORTHWIND_PLATFORMS.containsKey(channel.connector()))
                .collect(Collectors.toMap(ChannelSummary::connector, ChannelSummary::id));
        assertThat(demoChannels).as("the demo connects Northwind on Bluesky, LinkedIn and X").hasSize(3);
        // planned beyond Northwind's 48 h approval lead time, so neither "approval at risk" nor the approval
        // deadline fires while the browser works; once approved, it is rescheduled to the next minutes
        Instant plannedAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        String ref = UUID.randomUUID().toString().substring(0, 8);
        String title = "Northwind " + ref + ": rates explained";
        long itemId = content.plan("northwind", new ContentBrief(title, "awareness", null,
                "Rates, plainly explained", null, null, plannedAt, Set.copyOf(demoChannels.values())));
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
        String approvedText = "Rates went up. On a 25-year mortgage that means about 40 a month more. Ref " + ref;
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
        postedOnceToEachAtItsMinute(itemId, publishAt, approvedText);

        List<ChannelPublication> outcomes;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            outcomes = publishing.outcomes(itemId);
        }
        assertThat(outcomes).extracting(ChannelPublication::status).containsOnly(ChannelPublication.Status.PUBLISHED);
        assertThat(outcomes).extracting(ChannelPublication::postUrl).hasSize(3)
                .allSatisfy(url -> assertThat(url).matches("https://(bsky\\.app|www\\.linkedin\\.com|x\\.com)/.+"));

        // the social manager sees each post's link in the item's dialog on the calendar
        browser.logIn("social-manager");
        page.navigate(browser.baseUrl() + "/calendar?brand=northwind");
        assertThat(page.locator("#calendar-days")).isVisible();
        Locator chip = page.locator("#item-" + itemId);
        if (chip.count() == 0) { // the publish minute fell into the next month
            page.locator("#calendar-next").click();
        }
        chip.click();
        assertThat(page.locator("#publication-outcomes .publication-link")).hasCount(3);
        for (ChannelPublication outcome : outcomes) {
            Locator line = page.locator("#publication-outcomes .publication-outcome[data-channel='"
                    + outcome.channelId() + "']");
            assertThat(line.locator(".publication-status")).hasText("Published");
            assertThat(line.locator(".publication-link")).hasAttribute("href", outcome.postUrl());
        }
        browser.screenshot("northwind-calendar-links");
        NORTHWIND_PLATFORMS.values().forEach(account -> assertThat(postsWith(account, approvedText))
                .as("still once on " + account).isOne());
    }

    /**
     * The publish minute comes by moving the engine's clock instead of waiting for it: the timer is not due a
     * second before it, is due at it, and the running job executor (woken up) then publishes to each stand-in.
     */
    private void postedOnceToEachAtItsMinute(long itemId, Instant publishAt, String text) throws Exception {
        String instanceId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + itemId).unfinished().singleResult().getId();
        Job untilPublishTime = managementService.createJobQuery().processInstanceId(instanceId).timers()
                .activityId("UntilPublishTime").singleResult();
        assertThat(untilPublishTime.getDuedate()).isEqualTo(Date.from(publishAt));
        try {
            ClockUtil.setCurrentTime(Date.from(publishAt.minusSeconds(1)));
            assertThat(managementService.createJobQuery().processInstanceId(instanceId).timers().executable()
                    .count()).as("not due a second before the publish minute").isZero();
            NORTHWIND_PLATFORMS.values().forEach(account -> assertThat(postsWith(account, text))
                    .as("nothing on " + account + " before its minute").isZero());
            ClockUtil.setCurrentTime(Date.from(publishAt));
            assertThat(managementService.createJobQuery().processInstanceId(instanceId).timers().executable()
                    .count()).as("due at the publish minute").isOne();
            engineConfiguration.getJobExecutor().jobWasAdded();
            // the publishing job commits the item's new state after the last stand-in has answered
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!"PUBLISHED".equals(content.get(itemId).state()) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        } finally {
            ClockUtil.reset();
        }
        assertThat(content.get(itemId).state()).isEqualTo("PUBLISHED");
        NORTHWIND_PLATFORMS.values().forEach(account -> assertThat(postsWith(account, text))
                .as("once on " + account).isOne());
    }

    /** The account's own posts (not replies) holding this text, as its stand-in received them. */
    private long postsWith(DemoAccount account, String text) {
        return received.of(account).stream().filter(post -> post.inReplyTo() == null)
                .filter(post -> post.text() != null && post.text().contains(text)).count();
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
