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
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo as a newcomer meets it, in a real browser: Northwind Bank's demo channels are its accounts on the
 * Bluesky, LinkedIn and X stand-ins this app serves in demo mode, and the real connectors post there. A post the
 * client signs off goes out once to each at its publish minute (not a second before), and the calendar links each
 * post where the connector said it is.
 */
@EngineRoomIntegrationTest
class DemoPlatformsBrowserTest {

    private static final List<DemoAccount> ACCOUNTS = List.of(DemoAccount.NORTHWIND_BLUESKY,
            DemoAccount.NORTHWIND_LINKEDIN, DemoAccount.NORTHWIND_X);

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1440, 1000);

    @Autowired
    ContentService content;
    @Autowired
    ContentPublishing publishing;
    @Autowired
    ChannelService channels;
    @Autowired
    BrandService brands;
    @Autowired
    UserDirectory users;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    ReceivedPosts received;

    @Test
    void aSignedOffPostGoesOutOnceToEachDemoPlatformAtItsMinuteAndTheCalendarLinksEach() throws Exception {
        Map<Connector, Long> demoChannels = AsAdmin.call(() -> channels.of("northwind")).stream()
                .filter(channel -> Set.of(Connector.BLUESKY, Connector.LINKEDIN, Connector.X)
                        .contains(channel.connector()))
                .collect(Collectors.toMap(ChannelSummary::connector, ChannelSummary::id));
        assertThat(demoChannels).as("the demo connects Northwind on each platform").hasSize(3);
        String caption = "Savings, plainly: three habits for a first budget " + UUID.randomUUID().toString()
                .substring(0, 8);
        long itemId = approvedUpToTheClient(caption, demoChannels);

        // the client signs off in the browser
        Page page = browser.page();
        browser.logIn("client-northwind");
        openFromMyWork(page, "Client sign-off", caption);
        page.locator("#field-reviewDecision").getByLabel("Approve").check();
        page.locator("#complete-task").click();
        page.waitForURL(browser.baseUrl() + "/");
        browser.signOut();
        assertThat(content.get(itemId).state()).isEqualTo("APPROVED");

        Instant publishAt = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            content.reschedule(itemId, publishAt);
        }
        publishedOnceAtItsMinute(itemId, publishAt, caption);

        List<ChannelPublication> outcomes;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            outcomes = publishing.outcomes(itemId);
        }
        assertThat(outcomes).extracting(ChannelPublication::status).containsOnly(ChannelPublication.Status.PUBLISHED);
        assertThat(outcomes).extracting(ChannelPublication::postUrl).hasSize(3).allSatisfy(url -> assertThat(url)
                .matches("https://(bsky\\.app|www\\.linkedin\\.com|x\\.com)/.+"));

        // the social manager sees each post's link on the calendar
        browser.logIn("social-manager");
        page.navigate(browser.baseUrl() + "/calendar?brand=northwind");
        Locator chip = page.locator("#item-" + itemId);
        assertThat(page.locator("#calendar-days")).isVisible();
        if (chip.count() == 0) { // the publish minute fell into the next month
            page.locator("#calendar-next").click();
        }
        chip.click();
        Locator links = page.locator("#publication-outcomes .publication-link");
        assertThat(links).hasCount(3);
        for (ChannelPublication outcome : outcomes) {
            Locator line = page.locator("#publication-outcomes .publication-outcome[data-channel='"
                    + outcome.channelId() + "']");
            assertThat(line.locator(".publication-status")).hasText("Published");
            assertThat(line.locator(".publication-link")).hasAttribute("href", outcome.postUrl());
        }
        browser.screenshot("demo-platforms-calendar-links");
        for (DemoAccount account : ACCOUNTS) {
            assertThat(postsWith(account, caption)).as("still once on " + account).isOne();
        }
    }

    /**
     * Planned beyond Northwind's 48-hour approval lead (so no lead-time timer fires meanwhile), with brief, copy,
     * brand and legal review done as the engine's own completions: the browser part of those steps is another
     * test's ({@link ContentReviewBrowserTest}).
     */
    private long approvedUpToTheClient(String caption, Map<Connector, Long> demoChannels) {
        Instant plannedAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        long itemId = content.plan("northwind", new ContentBrief(caption, "awareness", null, "Budgeting is a habit",
                null, null, plannedAt, Set.copyOf(demoChannels.values())));
        complete(itemId, "WriteBrief", Map.of("objective", "awareness", "keyMessage", "Budgeting is a habit",
                "publishAt", Date.from(plannedAt)));
        complete(itemId, "WriteCopy", Map.of("caption", caption, "hashtags", "#budget"));
        complete(itemId, "BrandReview", Map.of("reviewDecision", "approve"));
        complete(itemId, "LegalReview", Map.of("reviewDecision", "approve"));
        return itemId;
    }

    private void complete(long itemId, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("content:" + itemId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        taskService.complete(task.getId(), variables);
    }

    /**
     * The publish minute comes by moving the engine's clock: the timer is not due a second before it, is due at
     * it, and the running job executor (woken up) publishes to each stand-in, once.
     */
    private void publishedOnceAtItsMinute(long itemId, Instant publishAt, String caption) throws Exception {
        String instanceId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + itemId).unfinished().singleResult().getId();
        Job untilPublishTime = managementService.createJobQuery().processInstanceId(instanceId).timers()
                .activityId("UntilPublishTime").singleResult();
        assertThat(untilPublishTime.getDuedate()).isEqualTo(Date.from(publishAt));
        try {
            ClockUtil.setCurrentTime(Date.from(publishAt.minusSeconds(1)));
            assertThat(managementService.createJobQuery().processInstanceId(instanceId).timers().executable()
                    .count()).as("not due a second before the publish minute").isZero();
            for (DemoAccount account : ACCOUNTS) {
                assertThat(postsWith(account, caption)).as("nothing on " + account + " before").isZero();
            }
            ClockUtil.setCurrentTime(Date.from(publishAt));
            assertThat(managementService.createJobQuery().processInstanceId(instanceId).timers().executable()
                    .count()).as("due at the publish minute").isOne();
            engineConfiguration.getJobExecutor().jobWasAdded();
            awaitUpTo(Duration.ofSeconds(60), () -> "PUBLISHED".equals(content.get(itemId).state()),
                    "the item to be published on every channel");
        } finally {
            ClockUtil.reset();
        }
        for (DemoAccount account : ACCOUNTS) {
            assertThat(postsWith(account, caption)).as("once on " + account).isOne();
        }
    }

    private long postsWith(DemoAccount account, String caption) {
        return received.of(account).stream().filter(post -> post.inReplyTo() == null)
                .filter(post -> post.text() != null && post.text().contains(caption)).count();
    }

    /** Double-clicks the item's row in My work (its title is unique) and waits for its task page. */
    private static void openFromMyWork(Page page, String taskName, String title) {
        Locator row = page.locator("#inbox vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1);
        row.dblclick();
        page.waitForURL(Pattern.compile(".*/task/[^/]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(2)))
                .isVisible();
        assertThat(page.getByText(taskName + " · Northwind Bank")).isVisible();
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition, String what) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(200);
        }
    }
}
