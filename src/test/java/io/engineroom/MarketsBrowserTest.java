package io.engineroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentMarkets;
import io.engineroom.content.ContentService;
import io.engineroom.content.MarketVariantView;
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
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One Bean &amp; Leaf post for the demo's two markets in a real browser, from the brief to both markets' posts: the
 * social manager writes the brief, the copywriter the caption, the brand reviewer approves it; the translator
 * translates it for Austria (de-AT) and for Romandy (fr-CH, regulated), a local reviewer approves the fr-CH text; at
 * the publish minute the caption and each market's text go out once each on the brand's Mastodon stand-in.
 */
@EngineRoomIntegrationTest
class MarketsBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1440, 1000);

    @Autowired
    ContentService content;
    @Autowired
    ContentMarkets markets;
    @Autowired
    ChannelService channels;
    @Autowired
    UserDirectory users;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    ReceivedPosts received;

    Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void aTwoMarketPostGoesFromItsBriefToAPostInEachMarket() throws Exception {
        long mastodon = AsAdmin.call(() -> channels.of("beanleaf")).stream()
                .filter(channel -> channel.connector() == Connector.MASTODON).map(ChannelSummary::id)
                .findFirst().orElseThrow();
        String ref = UUID.randomUUID().toString().substring(0, 8);
        String title = "Two markets " + ref;
        Instant plannedAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        long itemId;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            itemId = content.plan("beanleaf", new ContentBrief(title, "awareness", null,
                    "Our autumn blend is back in both markets", null, null, plannedAt, Set.of(mastodon)));
            markets.target(itemId, Set.of("de-AT", "fr-CH"));
        }

        browser.logIn("social-manager");
        openFromMyWork(title, "Write brief");
        assertThat(page.locator("#field-title input")).hasValue(title);
        complete();
        browser.signOut();

        browser.logIn("copywriter");
        openFromMyWork(title, "Write copy");
        String caption = "Our autumn blend is back. Ref " + ref;
        enter(page.locator("#field-caption textarea"), caption);
        complete();
        browser.signOut();

        browser.logIn("brand-reviewer");
        openFromMyWork(title, "Brand review");
        page.locator("#field-reviewDecision").getByLabel("Approve").check();
        complete();
        browser.signOut();

        browser.logIn("translator");
        String german = "Unsere Herbstmischung ist zurück. Ref " + ref;
        String french = "Notre mélange d'automne est de retour. Ref " + ref;
        openFromMyWork(title + " [de-AT]", "Translate");
        assertThat(page.locator("#field-sourceText textarea")).hasValue(caption);
        enter(page.locator("#field-translation textarea"), german);
        complete();
        openFromMyWork(title + " [fr-CH]", "Translate");
        enter(page.locator("#field-translation textarea"), french);
        complete();
        browser.signOut();

        browser.logIn("brand-reviewer");
        openFromMyWork(title + " [fr-CH]", "Local review");
        assertThat(page.locator("#field-translation textarea")).hasValue(french);
        page.locator("#field-reviewDecision").getByLabel("Approve").check();
        complete();
        browser.screenshot("markets-local-review-done");
        browser.signOut();

        assertThat(content.get(itemId).state()).isEqualTo("APPROVED");
        Instant publishAt = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MINUTES);
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            content.reschedule(itemId, publishAt);
        }
        publishedAt(itemId, publishAt);

        assertThat(postsWith(caption)).as("the caption, once").isOne();
        assertThat(postsWith(german)).as("the de-AT text, once").isOne();
        assertThat(postsWith(french)).as("the fr-CH text, once").isOne();
        List<MarketVariantView> variants;
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            variants = markets.variants(itemId);
        }
        assertThat(variants).extracting(MarketVariantView::marketCode).containsExactly("de-AT", "fr-CH");
        assertThat(variants).extracting(MarketVariantView::translatedBy).containsOnly("translator");
        assertThat(variants).extracting(MarketVariantView::reviewedBy).containsExactly(null, "brand-reviewer");
        assertThat(variants).allSatisfy(variant -> assertThat(variant.published()).isTrue());
    }

    /** Moves the engine's clock to the publish minute and lets the running job executor publish. */
    private void publishedAt(long itemId, Instant publishAt) throws InterruptedException {
        String instanceId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("content:" + itemId).unfinished().singleResult().getId();
        Job untilPublishTime = managementService.createJobQuery().processInstanceId(instanceId).timers()
                .activityId("UntilPublishTime").singleResult();
        assertThat(untilPublishTime.getDuedate()).isEqualTo(Date.from(publishAt));
        try {
            ClockUtil.setCurrentTime(Date.from(publishAt));
            engineConfiguration.getJobExecutor().jobWasAdded();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!"PUBLISHED".equals(content.get(itemId).state()) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        } finally {
            ClockUtil.reset();
        }
        assertThat(content.get(itemId).state()).isEqualTo("PUBLISHED");
    }

    private long postsWith(String text) {
        return received.of(DemoAccount.BEANLEAF_MASTODON).stream().filter(post -> post.inReplyTo() == null)
                .filter(post -> text.equals(post.text())).count();
    }

    /**
     * Double-clicks the task's row in My work and waits for its task page. The item's own tasks come before any
     * market's task exists, and each market's title ends in its code, so the title finds one row.
     */
    private void openFromMyWork(String title, String taskName) {
        // filtered to the brand and the step's SOP, as My work's ?brand=&sop= link does
        String sop = taskName.equals("Translate") || taskName.equals("Local review") ? "market-localization"
                : "content-approval";
        Locator row = browser.myWorkRow("brand=beanleaf&sop=" + sop, title);
        row.dblclick();
        page.waitForURL(Pattern.compile(".*/task/[^/]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(2)))
                .isVisible();
        assertThat(page.getByText(taskName + " · Bean & Leaf Coffee")).isVisible();
    }

    /** Completes the open task and waits until the app is back in My work. */
    private void complete() {
        page.locator("#complete-task").click();
        page.waitForURL(browser.baseUrl() + "/");
        // the last one: two completions in a row show two notices for a while
        assertThat(page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Task completed")).last()).isVisible();
        assertThat(page.locator("#inbox")).isVisible();
    }

    private static void enter(Locator input, String text) {
        input.fill(text);
        input.blur();
    }
}
