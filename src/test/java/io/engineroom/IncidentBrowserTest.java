package io.engineroom;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.IntakeReceipt;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.StubMastodon;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The crisis issue end to end in a real browser: a community manager raises an incident with the complaints that
 * show it; the crisis lead assesses it as severity 2 in My work and the room shows publishing frozen with the post
 * it holds; the crisis lead acknowledges the notice and drafts the holding statement; legal and the executive sign
 * it off; it goes out once to the (stub) Mastodon channel; the crisis lead resolves the incident, and the
 * post-crisis review waits in My work with the incident's timeline. Runs Debian's Chromium when installed,
 * otherwise Playwright's own browser.
 */
@EngineRoomIntegrationTest
class IncidentBrowserTest {

    private static final String COMMUNITY_MANAGER = "community-manager";
    private static final String CRISIS_LEAD = "crisis-lead";
    private static final String LEGAL = "legal";
    private static final String EXECUTIVE = "executive";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BRAND = "incident-browser-" + RUN;
    private static final String BRAND_NAME = "Lighthouse Bank " + RUN;
    private static final String TITLE = "App outage " + RUN;
    private static final String WORK = "Incident: " + TITLE;
    private static final String COMPLAINT = "Your app has been down all morning. Terrible, I cannot pay anyone!";
    private static final String STATEMENT = "Our app is down for some customers. We are fixing it now and will "
            + "post the next update here within the hour.";
    private static final String HELD_POST = "Spring savings week " + RUN;

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1600, 1100).screenshotsPrefixed("incident-");

    static WireMockServer mastodon;

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    InteractionIntake intake;
    @Autowired
    ContentService content;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    Page page;

    @BeforeAll
    static void startMastodon() throws Exception {
        mastodon = StubMastodon.postingAs("8101", "https://social.example/@lighthouse/8101");
    }

    @AfterAll
    static void stopMastodon() {
        if (mastodon != null) {
            mastodon.stop();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void anIncidentIsRaisedAssessedFrozenAnsweredSignedOffPublishedResolvedAndReviewed() throws Exception {
        // a brand with one person per crisis role (so each notice has one addressee), a Mastodon channel, a post
        // planned for later this week and an angry complaint
        AsAdmin.run(() -> brands.create(BRAND, BRAND_NAME, false));
        long channelId = AsAdmin.call(() -> channels.addMastodon(BRAND, "@lighthouse-" + RUN + "@social.example",
                mastodon.baseUrl(),
                "token-lighthouse", true)).id();
        for (String user : List.of(COMMUNITY_MANAGER, CRISIS_LEAD, LEGAL, EXECUTIVE, "social-manager")) {
            brands.addMember(BRAND, user);
        }
        long heldPost = content.plan(BRAND, new ContentBrief(HELD_POST, null, null, null, null, null,
                Instant.now().plus(Duration.ofDays(4)), Set.of(channelId)));
        String complaint = intake.acceptAndStart(channelId, List.of(new IncomingInteraction("c1-" + RUN,
                InteractionKind.COMMENT, "@dana-" + RUN + "@social.example", "Dana", COMPLAINT, null,
                Instant.now().minus(Duration.ofMinutes(4)), null))).entries().stream()
                .map(IntakeReceipt.Entry::interactionId).findFirst().orElseThrow();

        // The community manager raises the incident with the complaint, and lands in its room.
        browser.logIn(COMMUNITY_MANAGER);
        page.navigate(browser.baseUrl() + "/incidents");
        page.locator("#raise-incident").click();
        choose(page.locator("#raise-brand"), BRAND_NAME);
        Locator complaintCell = cell(page.locator("#raise-interactions"), COMPLAINT);
        assertThat(complaintCell).hasCount(1);
        tick(page.locator("#raise-interactions"), COMPLAINT);
        page.locator("#raise-title input").fill(TITLE);
        page.locator("#raise-description textarea").fill("Customers cannot log in or pay since 08:00.");
        browser.screenshot("raise-dialog");
        page.locator("#confirm-raise").click();
        page.waitForURL(Pattern.compile(".*/incidents/\\d+$"));
        String roomUrl = page.url();
        long incidentId = Long.parseLong(roomUrl.substring(roomUrl.lastIndexOf('/') + 1));
        assertThat(page.locator("#incident-title")).hasText(TITLE);
        assertThat(page.locator("#incident-severity")).hasText("Severity: not assessed yet");
        assertThat(page.locator("#incident-waiting")).hasText("Waiting for: Assess severity");
        assertThat(cell(page.locator("#incident-interactions"), COMPLAINT)).hasCount(1);
        assertThat(jdbc.queryForList("select interaction_id from incident_interaction where incident_id = ?",
                String.class, incidentId)).containsExactly(complaint);
        browser.signOut();

        // The crisis lead assesses it in My work: wide reach, negative, no safety, legal or money at stake → 2.
        browser.logIn(CRISIS_LEAD);
        openFromMyWork("Assess severity");
        enter(page.locator("#field-reach input"), "250000");
        pick(page.locator("#field-scenario"), "Outage");
        complete();
        page.navigate(roomUrl);
        assertThat(page.locator("#incident-severity")).hasText("Severity 2");
        assertThat(page.locator("#room-freeze-state")).containsText("Publishing frozen since");
        assertThat(page.locator("#room-freeze-state")).containsText("by " + CRISIS_LEAD);
        assertThat(cell(page.locator("#frozen-posts"), HELD_POST)).hasCount(1);
        assertThat(page.locator("#status-update-countdown")).hasText(Pattern.compile("^in (1h|\\d{1,2}m.*)$"));
        // the scenario's template waits in the crisis lead's draft
        assertThat(page.locator("#statement-state")).hasText("Being drafted by the crisis lead");
        browser.screenshot("room-frozen");

        // ... acknowledges the notice, and drafts the holding statement.
        openFromMyWork("Acknowledge the crisis notice");
        complete();
        openFromMyWork("Draft the holding statement");
        enter(page.locator("#field-statement textarea"), STATEMENT);
        complete();
        page.navigate(roomUrl);
        assertThat(page.locator("#statement-state")).hasText("Draft · waiting for legal and executive sign-off");
        assertThat(page.locator("#statement-text")).hasText(STATEMENT);
        browser.signOut();

        // Legal and the executive sign it off.
        for (String[] signOff : new String[][] {{LEGAL, "Legal sign-off"}, {EXECUTIVE, "Executive sign-off"}}) {
            browser.logIn(signOff[0]);
            openFromMyWork(signOff[1]);
            assertThat(page.locator("#field-statement textarea")).hasValue(STATEMENT);
            page.locator("#field-signOff").getByLabel("Approve").check();
            complete();
            browser.signOut();
        }

        // The statement goes out to the brand's Mastodon channel once, frozen or not.
        awaitUpTo(Duration.ofSeconds(60), () -> !mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses")))
                .isEmpty(), "the statement to reach Mastodon");
        awaitUpTo(Duration.ofSeconds(30), () -> finished(incidentId, "PublishStatement"), "PublishStatement to end");
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(matchingJsonPath("$.status", WireMock.equalTo(STATEMENT))));

        // The crisis lead sees it published in the room and resolves the incident.
        browser.logIn(CRISIS_LEAD);
        page.navigate(roomUrl);
        assertThat(page.locator("#statement-state")).hasText("Published · approved by " + LEGAL + " and "
                + EXECUTIVE);
        assertThat(page.locator("#statement-text")).hasText(STATEMENT);
        assertThat(page.locator("#statement-channels .statement-channel")).hasText(
                "Mastodon @lighthouse-" + RUN + "@social.example: published (https://social.example/@lighthouse/8101)");
        browser.screenshot("room-statement-published");
        openFromMyWork("Resolve the incident");
        enter(page.locator("#field-resolution textarea"), "The payment service is back; every queued payment ran.");
        page.locator("#field-releaseChoice").getByLabel("Back to review first").check();
        complete();

        // The post-crisis review waits in My work, with the incident's timeline.
        openFromMyWork("Post-crisis review");
        Locator timeline = page.locator("#field-timeline textarea");
        // searched for anywhere in the text (TITLE is letters, digits and spaces)
        assertThat(timeline).hasValue(Pattern.compile("Raised: " + TITLE));
        assertThat(timeline).hasValue(Pattern.compile("Severity 2 assessed"));
        assertThat(timeline).hasValue(Pattern.compile("Resolved: The payment service is back"));
        browser.screenshot("post-crisis-review");
        page.navigate(roomUrl);
        assertThat(page.locator("#incident-meta")).containsText("Resolved");
        assertThat(page.locator("#incident-waiting")).hasText("Waiting for: Post-crisis review");
        assertThat(page.locator("#room-freeze-state")).hasText("Publishing is not frozen");
        assertThat(cell(page.locator("#incident-timeline"), "Resolved: The payment service is back")).hasCount(1);
        browser.screenshot("room-resolved");
        browser.signOut();

        assertThat(jdbc.queryForObject("select state from incident where id = ?", String.class, incidentId))
                .isEqualTo("RESOLVED");
        // content hears the freeze's release after it has committed, on a thread of its own (HeldPostsRelease)
        awaitUpTo(Duration.ofSeconds(30), () -> "IN_PRODUCTION".equals(content.get(heldPost).state()),
                "the held post to go back to review");
        assertThat(content.get(heldPost).state()).isEqualTo("IN_PRODUCTION");
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    /**
     * Double-clicks the incident's task with this name in My work (filtered to the brand) and waits for it. Only
     * visible cells count: the grid keeps spare cells, hidden, with the rows they showed before the filter.
     */
    private void openFromMyWork(String taskName) {
        // a log-in ends in My work already; after a completed task My work is loaded afresh, so that the next
        // "Task completed" seen is the next task's
        if (!page.url().equals(browser.baseUrl() + "/") || page.locator("vaadin-notification-card").count() > 0) {
            page.navigate(browser.baseUrl() + "/");
        }
        choose(page.locator("#brand-filter"), BRAND_NAME);
        Locator row = page.locator("#inbox vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(WORK))
                .filter(new Locator.FilterOptions().setHasText(taskName).setVisible(true));
        assertThat(row).hasCount(1);
        // the filter's round trip may re-render the grid after the cell was found, hiding it: find it again
        for (int attempt = 1; ; attempt++) {
            try {
                row.dblclick(new Locator.DblclickOptions().setTimeout(5_000));
                page.waitForURL(Pattern.compile(".*/task/[^/]+$"), new Page.WaitForURLOptions().setTimeout(10_000));
                break;
            } catch (TimeoutError hiddenMeanwhile) {
                if (attempt == 3) {
                    throw hiddenMeanwhile;
                }
            }
        }
        assertThat(page.locator("#task-meta")).containsText(taskName + " · " + BRAND_NAME);
    }

    /** Completes the open task and waits until the app is back in My work. */
    private void complete() {
        page.locator("#complete-task").click();
        page.waitForURL(browser.baseUrl() + "/");
        assertThat(page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Task completed"))).isVisible();
    }

    private boolean finished(long incidentId, String activityId) {
        String instance = jdbc.queryForObject("select process_instance_id from incident where id = ?", String.class,
                incidentId);
        List<HistoricActivityInstance> done = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance).activityId(activityId).finished().list();
        return !done.isEmpty();
    }

    /** The grid's visible cell showing this text (grids keep spare rows hidden). */
    private static Locator cell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)
                .setVisible(true));
    }

    /** Ticks the checkbox of the grid row whose text cell shows this text. */
    private void tick(Locator grid, String text) {
        // a row's cells share its row index: the checkbox is in the first cell of the row holding the text
        String slot = cell(grid, text).getAttribute("slot");
        page.evaluate("([grid, slot]) => { const content = grid.querySelector(`[slot='${slot}']`);"
                + " const row = content.assignedSlot.closest('tr'); row.querySelector('td slot').assignedNodes()"
                + "[0].querySelector('vaadin-checkbox').click(); }", List.of(grid.elementHandle(), slot));
    }

    /** Picks an option of a Vaadin combo box by typing its label and clicking it in the list. */
    private void choose(Locator comboBox, String label) {
        comboBox.locator("input").fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(comboBox.locator("input")).hasValue(label);
    }

    /** Picks an option of a Vaadin select by opening it and clicking the item. */
    private void pick(Locator select, String label) {
        select.click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(select.locator("vaadin-select-value-button")).containsText(label);
    }

    /** Types into a field and leaves it, as a person does. */
    private static void enter(Locator input, String text) {
        input.fill(text);
        input.blur();
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(250);
        }
    }
}
