package io.engineroom;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.StubMastodon;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox issue end to end in a real browser: two angry complaints arrive through the interactions API; the
 * community manager answers the first from a template well before its one-hour SLA and the reply reaches the (stub)
 * Mastodon server once, under the complaint; the second is left to breach, and the social media manager finds
 * "Handle the breach" in My work. Runs Debian's Chromium when installed, otherwise Playwright's own browser.
 */
@EngineRoomIntegrationTest
class InboxBrowserTest {

    private static final String COMMUNITY_MANAGER = "community-manager";
    private static final String SOCIAL_MANAGER = "social-manager";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String BRAND = "inbox-browser-" + RUN;
    private static final String BRAND_NAME = "Harbour Tea " + RUN;
    // the same customer twice: the reply to the first then shows in the thread the second still opens
    private static final String AUTHOR = "@ana-" + RUN + "@social.example";
    private static final String FIRST_TEXT = "My order arrived broken and nobody answers. Terrible service!";
    private static final String SECOND_TEXT = "Still waiting, the cup is broken and nobody answers. Awful service!";
    private static final String TEMPLATE = "Sorry {author}, {brand} is sending a new cup today.";
    private static final String FILLED = "Sorry Ana, " + BRAND_NAME + " is sending a new cup today.";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1600, 1000).screenshotsPrefixed("inbox-");

    static WireMockServer mastodon;

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    InteractionIntake intake;
    @Autowired
    ResponseTemplates templates;
    @Autowired
    UserDirectory users;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    Page page;

    @BeforeAll
    static void startMastodon() throws Exception {
        mastodon = StubMastodon.postingAs("7001", "https://social.example/@harbour/7001");
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
    void aComplaintIsAnsweredFromATemplateInTimeAndAnUnansweredOneBreachesToTheManager() throws Exception {
        // a brand with a Mastodon channel that takes deliveries with a token; its people join before logging in
        AsAdmin.run(() -> brands.create(BRAND, BRAND_NAME, false));
        long channelId = AsAdmin.call(() -> channels.addMastodon(BRAND, "@harbour-" + RUN + "@social.example",
                mastodon.baseUrl(),
                "token-harbour", true)).id();
        String token;
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            token = credentials.issueToken(channelId);
        }
        brands.addMember(BRAND, COMMUNITY_MANAGER);
        brands.addMember(BRAND, SOCIAL_MANAGER);
        templates.seed(BRAND, "Apology", TEMPLATE);

        Instant now = Instant.now();
        String first = deliver(token, channelId, "c1-" + RUN, FIRST_TEXT, now.minus(Duration.ofMinutes(3)));
        String second = deliver(token, channelId, "c2-" + RUN, SECOND_TEXT, now.minus(Duration.ofMinutes(2)));
        for (String id : List.of(first, second)) {
            Interaction complaint = interactions.findById(id).orElseThrow();
            assertThat(complaint.getSentiment()).as(complaint.getText()).isEqualTo(Sentiment.NEGATIVE);
            assertThat(complaint.getCategory()).as(complaint.getText()).isEqualTo(Category.COMPLAINT);
            // interaction-routing.dmn, rule AngryComplaint: one hour, round the clock
            assertThat(complaint.getFirstResponseDue())
                    .isEqualTo(complaint.getReceivedAt().plus(Duration.ofHours(1)));
        }

        // The community manager sees both with their countdowns and answers the first from the template.
        browser.logIn(COMMUNITY_MANAGER);
        page.navigate(browser.baseUrl() + "/inbox");
        choose(page.locator("#brand-filter"), BRAND_NAME);
        Locator queue = page.locator("#interaction-queue");
        assertThat(row(queue, FIRST_TEXT)).hasCount(1);
        assertThat(row(queue, SECOND_TEXT)).hasCount(1);
        Locator countdowns = queue.locator("span[data-due]").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(countdowns).hasCount(2);
        for (Locator countdown : countdowns.all()) {
            assertThat(countdown).hasText(Pattern.compile("^in (1h|\\d{1,2}m( \\d{1,2}s)?)$"));
            assertThat(countdown).not().hasClass(Pattern.compile("overdue"));
        }
        browser.screenshot("two-complaints");

        row(queue, FIRST_TEXT).click();
        Locator thread = page.locator("#thread-entries");
        assertThat(thread.locator(".thread-text")).hasText(new String[] {FIRST_TEXT, SECOND_TEXT});
        assertThat(thread.locator(".thread-entry.selected .thread-text")).hasText(FIRST_TEXT);
        choose(page.locator("#template"), "Apology");
        assertThat(page.locator("#reply-text textarea")).hasValue(FILLED);
        browser.screenshot("reply-from-template");
        page.locator("#send-reply").click();
        assertThat(page.locator("vaadin-notification-card").filter(
                new Locator.FilterOptions().setHasText("Reply sent to the SOP"))).isVisible();
        assertThat(row(queue, FIRST_TEXT)).hasCount(0);
        assertThat(row(queue, SECOND_TEXT)).hasCount(1);

        // The SOP's Send reply job posts it under the complaint, once.
        String firstExternalId = interactions.findById(first).orElseThrow().getExternalId();
        awaitUpTo(Duration.ofSeconds(30), () -> replyOutcome(first) != null, "the reply to be sent");
        assertThat(replyOutcome(first)).isEqualTo("SENT");
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer token-harbour"))
                .withRequestBody(matchingJsonPath("$.in_reply_to_id", equalTo(firstExternalId)))
                .withRequestBody(matchingJsonPath("$.status", equalTo(FILLED))));
        Interaction answered = interactions.findById(first).orElseThrow();
        assertThat(answered.getFirstResponseAt()).isNotNull().isAfter(answered.getReceivedAt())
                .isBefore(answered.getFirstResponseDue());
        assertThat(answered.getBreachedAt()).isNull();

        // The customer's thread, opened from the complaint still waiting, shows the reply and that it went out.
        row(queue, SECOND_TEXT).click();
        assertThat(thread.locator(".thread-text")).hasText(new String[] {FIRST_TEXT, SECOND_TEXT, FILLED});
        assertThat(thread.locator(".thread-entry.reply")).containsText("Reply by " + COMMUNITY_MANAGER);
        assertThat(thread.locator(".thread-entry.reply")).containsText("sent (https://social.example/@harbour/7001)");
        browser.screenshot("thread-with-reply");
        browser.signOut();

        // The second is left to breach: its SLA timer is made due now and the running job executor fires it.
        Instant breachFrom = Instant.now();
        breachNow(second);
        Interaction breached = interactions.findById(second).orElseThrow();
        assertThat(breached.getBreachedAt()).isBetween(breachFrom.minusSeconds(1), Instant.now());
        assertThat(breached.getFirstResponseAt()).isNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + second)
                .taskDefinitionKey("Respond").count()).as("still to be answered").isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + first)
                .taskDefinitionKey("HandleBreach").count()).as("the answered one does not breach").isZero();

        // The social media manager finds the breach in My work and sees what broke.
        browser.logIn(SOCIAL_MANAGER);
        choose(page.locator("#brand-filter"), BRAND_NAME);
        Locator breachRow = row(page.locator("#inbox"), "Handle the breach");
        assertThat(breachRow).hasCount(1);
        assertThat(breachRow).containsText(AUTHOR + " on Mastodon");
        assertThat(breachRow).containsText(SECOND_TEXT.substring(0, 40));
        browser.screenshot("my-work-handle-the-breach");
        breachRow.dblclick();
        page.waitForURL(Pattern.compile(".*/task/[^/]+$"));
        assertThat(page.locator("#field-breachSummary textarea")).hasValue(Pattern.compile(
                "^The first response was due .+ and is overdue\\. Waiting at: Respond \\(not claimed\\)\\.$"));
        browser.screenshot("handle-the-breach");
    }

    /**
     * Posts one interaction as the channel would, with its token, and returns the interaction's id once its SOP
     * runs (the test context has no intake workers: the test works the queued interaction through).
     */
    private String deliver(String token, long channelId, String externalId, String text, Instant occurredAt)
            throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("channelId", channelId, "interaction", Map.of(
                "externalId", externalId, "kind", "COMMENT", "authorHandle", AUTHOR, "authorName", "Ana",
                "text", text, "occurredAt", occurredAt.toString())));
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/interactions"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String id = json.readTree(answer.body()).get("interactions").get(0).get("interactionId").asText();
        intake.startNow(List.of(id));
        return id;
    }

    /**
     * Makes the interaction's SLA breach timer due now and waits for the application's own job executor to fire it
     * (it looks for due jobs at least every 5 s). Should the wait fail, the timer gets its real due date back so it
     * does not fire later in another test's run.
     */
    private void breachNow(String interactionId) throws InterruptedException {
        String instance = interactions.findById(interactionId).orElseThrow().getProcessInstanceId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).activityId("SlaBreached")
                .singleResult();
        assertThat(timer).as("the SLA breach timer of " + interactionId).isNotNull();
        assertThat(timer.getDuedate()).isAfter(new Date());
        Date realDue = timer.getDuedate();
        managementService.setJobDuedate(timer.getId(), new Date());
        try {
            awaitUpTo(Duration.ofSeconds(30), () -> taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey("HandleBreach").count() == 1, "the breach to reach the manager");
        } finally {
            if (managementService.createJobQuery().jobId(timer.getId()).count() > 0) {
                managementService.setJobDuedate(timer.getId(), realDue);
            }
        }
    }

    private String replyOutcome(String interactionId) {
        return jdbc.query("select outcome from interaction_reply where interaction_id = ? and finished_at is not null",
                (row, i) -> row.getString(1), interactionId).stream().findFirst().orElse(null);
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

    /** The queue's cell showing this text; its row is the interaction. Hidden cells are rows the grid keeps spare. */
    private static Locator row(Locator queue, String text) {
        return queue.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)
                .setVisible(true));
    }

    /** Picks an option of a Vaadin combo box by typing its label and clicking it in the list. */
    private void choose(Locator comboBox, String label) {
        comboBox.locator("input").fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(comboBox.locator("input")).hasValue(label);
    }
}
