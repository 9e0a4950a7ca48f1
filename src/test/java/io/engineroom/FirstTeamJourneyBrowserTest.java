package io.engineroom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.engineroom.audit.AdminChangeEntry;
import io.engineroom.audit.AdminChangeLog;
import io.engineroom.audit.AdminChangeSearch;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.BrowserSession;
import io.engineroom.support.FirstRunIntegrationTest;
import io.engineroom.support.FirstRunSnapshot;
import io.engineroom.support.SignedIn;
import io.engineroom.support.StubMastodon;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15's first acceptance: a team adopts Engine Room on an empty PostgreSQL database without demo data, with
 * nothing but a browser. The admin signs in with ADMIN_PASSWORD and follows the setup guide: creates the brand,
 * connects a Mastodon account (a stand-in server: Test connection shows the account) and a webhook (Send test event
 * shows the answer), issues the Mastodon channel's intake token (read from the once-shown dialog) and invites a
 * social media manager, a copywriter, a brand reviewer and a community manager (each link read from the page). Each
 * of them opens their invitation, chooses a password and signs in: the social media manager plans the post and
 * confirms the brief, the copywriter writes it, the reviewer approves it, and it is posted once to the stand-in at
 * its minute (the engine's clock is moved there instead of waiting). The channel's own system delivers a comment
 * with the issued token over HTTP; the community manager answers it in the Inbox and the reply reaches the
 * stand-in under the comment. No SQL, no Java, no Camunda Admin on the way: the test reads the database only to
 * check what happened.
 */
@FirstRunIntegrationTest
class FirstTeamJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.withViewport(1440, 1000).screenshotsPrefixed("first-team-");

    private static final String BRAND = "harbour-roasters";
    private static final String BRAND_NAME = "Harbour Roasters";
    private static final ZoneId BRAND_ZONE = ZoneId.of("Europe/Berlin");
    private static final String MASTODON_HANDLE = "@harbour@localhost";
    private static final String MASTODON_LABEL = "Mastodon " + MASTODON_HANDLE;
    private static final String WEBHOOK_LABEL = "Instagram @harbour.roasters";
    private static final String TITLE = "Harbour Roasters: the winter blend is in";
    private static final String KEY_MESSAGE = "Our winter blend is back in every shop from today";
    private static final String CAPTION = "The winter blend is back: dark chocolate, orange peel, a long finish. "
            + "In every shop from today.";
    private static final String COMMENT = "Is the winter blend also sold as whole beans in the shops?";
    private static final String REPLY = "Yes, whole beans and ground, in every shop while the blend lasts.";

    /** Someone the admin invites: their user id, name, the one role they get, and the password they choose. */
    private record Invitee(String userId, String firstName, String lastName, Role role) {
        String password() {
            return "Copper-kettle-" + role.ordinal() + "7!"; // the policy refuses one with their id or name in it
        }
    }

    private static final Invitee SOCIAL_MANAGER = new Invitee("sam-lee", "Sam", "Lee", Role.SOCIAL_MANAGER);
    private static final Invitee COPYWRITER = new Invitee("cora-hale", "Cora", "Hale", Role.COPYWRITER);
    private static final Invitee REVIEWER = new Invitee("rex-moor", "Rex", "Moor", Role.BRAND_REVIEWER);
    private static final Invitee COMMUNITY_MANAGER = new Invitee("cam-ortiz", "Cam", "Ortiz",
            Role.COMMUNITY_MANAGER);

    static WireMockServer mastodon;
    static WireMockServer webhook;

    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    AdminChangeLog adminChanges;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    ObjectMapper json;

    Page page;

    @BeforeAll
    static void standInServers() throws Exception {
        mastodon = StubMastodon.postingAs("7100", "https://social.example/@harbour/7100");
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials")
                .withHeader("Authorization", equalTo("Bearer harbour-access-token"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"1\",\"acct\":\"harbour\",\"display_name\":\"Harbour Roasters\","
                                + "\"followers_count\":120}")));
        webhook = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        webhook.start();
        webhook.stubFor(post("/hook").willReturn(aResponse().withStatus(202).withBody("{\"received\":true}")));
    }

    @AfterAll
    static void stopStandIns() {
        for (WireMockServer server : new WireMockServer[] {mastodon, webhook}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void aTeamSetsItselfUpPostsOnceAtItsMinuteAndAnswersAComment() throws Exception {
        page = browser.page();
        Instant started = Instant.now();

        // The admin: brand, channels, credentials, people, all from the setup guide. Their first sign-in opens the
        // guide when no brand exists yet; another test of this shared context may have made one before this runs.
        boolean noBrandYet = brands.isEmpty();
        browser.logIn("admin", FirstRunIntegrationTest.ADMIN_PASSWORD);
        if (noBrandYet) {
            page.waitForURL(browser.baseUrl() + "/admin/setup");
            assertThat(page.locator("#setup-brand-state")).hasText("To do");
        } else {
            page.waitForURL(browser.baseUrl() + "/");
            openMenu("admin/setup");
        }
        browser.screenshot("01-setup-guide");
        createTheBrand();
        String token = connectTheChannels();
        Map<Invitee, String> invitations = invitePeople();
        openMenu("admin/setup");
        for (String step : List.of("brand", "channel", "people", "done")) {
            assertThat(page.locator("#setup-" + step + "-state")).hasText("Done");
        }
        browser.screenshot("08-setup-done");
        browser.signOut();

        // The social media manager plans the post a few minutes ahead and confirms its brief.
        Instant publishAt = Instant.now().plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.MINUTES);
        acceptInvitation(SOCIAL_MANAGER, invitations.get(SOCIAL_MANAGER));
        planThePost(publishAt);
        openFromMyWork("Write brief");
        assertThat(page.locator("#field-keyMessage textarea")).hasValue(KEY_MESSAGE);
        complete();
        browser.signOut();

        // The copywriter writes it.
        acceptInvitation(COPYWRITER, invitations.get(COPYWRITER));
        openFromMyWork("Write copy");
        assertThat(page.locator("#field-keyMessage textarea")).hasValue(KEY_MESSAGE);
        enter(page.locator("#field-caption textarea"), CAPTION);
        enter(page.locator("#field-hashtags input"), "#coffee #winter");
        browser.screenshot("11-write-copy");
        complete();
        browser.signOut();

        // The brand reviewer approves it.
        acceptInvitation(REVIEWER, invitations.get(REVIEWER));
        openFromMyWork("Brand review");
        assertThat(page.locator("#field-caption textarea")).hasValue(CAPTION);
        page.locator("#field-reviewDecision").getByLabel("Approve").check();
        browser.screenshot("12-brand-review");
        complete();
        browser.signOut();

        postedOnceAtItsMinute(publishAt);

        // The channel's own system delivers a comment with the issued token; the community manager answers it.
        String externalId = "110" + started.toEpochMilli();
        String interactionId = deliverComment(token, externalId);
        acceptInvitation(COMMUNITY_MANAGER, invitations.get(COMMUNITY_MANAGER));
        answerInTheInbox();
        awaitUpTo(Duration.ofSeconds(30), () -> !mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(matchingJsonPath("$.in_reply_to_id", equalTo(externalId)))).isEmpty(),
                "the reply to reach the Mastodon stand-in");
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer harbour-access-token"))
                .withRequestBody(matchingJsonPath("$.in_reply_to_id", equalTo(externalId)))
                .withRequestBody(matchingJsonPath("$.status", equalTo(REPLY))));
        Interaction answered = interactions.findById(interactionId).orElseThrow();
        assertThat(answered.getFirstResponseAt()).isNotNull().isAfterOrEqualTo(answered.getReceivedAt());
        browser.signOut();
        // on the stand-in, all in all: the post, once, and the reply
        mastodon.verify(2, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(matchingJsonPath("$.status", containing(CAPTION))));

        theAdminChangesAreRecorded(started, token);
        noDemoDataExists();
    }

    /** admin/brands from the guide: a brand in Berlin's time zone that posts the same day (no approval lead). */
    private void createTheBrand() {
        page.locator("#setup-brand-open").click();
        page.waitForURL(browser.baseUrl() + "/admin/brands");
        page.locator("#brand-new").click();
        page.locator("#brand-id input").fill(BRAND);
        page.locator("#brand-name input").fill(BRAND_NAME);
        choose(page.locator("#brand-time-zone"), BRAND_ZONE.getId());
        enter(page.locator("#brand-lead-time input"), "0");
        browser.screenshot("02-new-brand");
        page.locator("#brand-save").click();
        assertThat(notification("Created " + BRAND_NAME + " and its tenant")).isVisible();
        assertThat(page.locator("#brand-grid")).containsText(BRAND_NAME);
        assertThat(page.locator("#brand-form-title")).hasText(BRAND_NAME);
    }

    /**
     * admin/channels from the guide: the Mastodon account (its connection tested before saving) with its intake
     * token, and a webhook (its signing secret shown once, a test event answered). Returns the token as shown.
     */
    private String connectTheChannels() {
        openMenu("admin/setup");
        assertThat(page.locator("#setup-brand-state")).hasText("Done");
        page.locator("#setup-channel-open").click();
        page.waitForURL(browser.baseUrl() + "/admin/channels");
        choose(page.locator("#channel-brand"), BRAND_NAME);

        page.locator("#channel-add-mastodon").click();
        page.locator("#channel-mastodon-url input").fill(mastodon.baseUrl());
        page.locator("#channel-mastodon-token input").fill("harbour-access-token");
        page.locator("#channel-mastodon-test").click();
        assertThat(page.locator("#channel-mastodon-account"))
                .hasText("Connected to Harbour Roasters (@harbour), 120 followers");
        assertThat(page.locator("#channel-mastodon-handle input")).hasValue(MASTODON_HANDLE);
        browser.screenshot("03-mastodon-test-connection");
        page.locator("#channel-mastodon-save").click();
        assertThat(notification("Added " + MASTODON_LABEL)).isVisible();

        // the new channel is selected: its intake token, shown once
        page.locator("#channel-credentials").click();
        assertThat(page.locator("#channel-credentials-status")).hasText("none");
        page.locator("#channel-credentials-token").click();
        Locator shown = page.locator("#channel-secret-value input");
        assertThat(shown).hasValue(Pattern.compile(".{16,}"));
        String token = shown.inputValue();
        browser.screenshot("04-token-shown-once");
        page.locator("#channel-secret-done").click();
        assertThat(page.locator("#channel-credentials-status")).hasText("token, last used never");
        page.locator("#channel-credentials-close").click();

        page.locator("#channel-add-webhook").click();
        choose(page.locator("#channel-webhook-platform"), "Instagram");
        page.locator("#channel-webhook-handle input").fill("@harbour.roasters");
        page.locator("#channel-webhook-url input").fill(webhook.baseUrl() + "/hook");
        page.locator("#channel-webhook-save").click();
        assertThat(page.locator("#channel-secret-value input")).hasValue(Pattern.compile(".{16,}"));
        page.locator("#channel-secret-done").click();
        Locator test = page.locator("#channel-test");
        assertThat(test).hasText("Send test event");
        test.click();
        assertThat(page.locator("#channel-test-answer")).hasText("Answered HTTP 202: {\"received\":true}");
        webhook.verify(1, postRequestedFor(urlEqualTo("/hook"))
                .withHeader("X-EngineRoom-Signature", matching("sha256=[0-9a-f]{64}")));
        Locator grid = page.locator("#channel-grid");
        assertThat(grid).containsText(MASTODON_HANDLE);
        assertThat(grid).containsText("@harbour.roasters");
        browser.screenshot("05-channels");
        return token;
    }

    /** admin/people from the guide: four people, one role each, in the brand; each link read from its dialog. */
    private Map<Invitee, String> invitePeople() {
        openMenu("admin/setup");
        assertThat(page.locator("#setup-channel-state")).hasText("Done");
        page.locator("#setup-people-open").click();
        page.waitForURL(browser.baseUrl() + "/admin/people");
        Map<Invitee, String> links = new java.util.LinkedHashMap<>();
        for (Invitee person : List.of(SOCIAL_MANAGER, COPYWRITER, REVIEWER, COMMUNITY_MANAGER)) {
            page.locator("#person-invite").click();
            page.locator("#person-user-id input").fill(person.userId());
            page.locator("#person-first-name input").fill(person.firstName());
            page.locator("#person-last-name input").fill(person.lastName());
            page.locator("#person-email input").fill(person.userId() + "@harbour.example");
            page.locator("#person-roles").getByLabel(person.role().displayName(),
                    new Locator.GetByLabelOptions().setExact(true)).check();
            page.locator("#person-brands").getByLabel(BRAND_NAME).check();
            if (person == SOCIAL_MANAGER) {
                browser.screenshot("06-invite");
            }
            page.locator("#person-save").click();
            Locator link = page.locator("#person-link input");
            assertThat(link).hasValue(Pattern.compile(".*/invitation/[^/]+$"));
            links.put(person, link.inputValue());
            if (person == SOCIAL_MANAGER) {
                browser.screenshot("07-invitation-link");
            }
            page.locator("#person-link-close").click();
            assertThat(page.locator("#people-grid")).containsText(person.userId());
        }
        return links;
    }

    /**
     * The invited person opens their link (on this server: the link names the public address the application is
     * configured with, engineroom.mail.app-url), chooses a password there and signs in with it.
     */
    private void acceptInvitation(Invitee person, String link) {
        page.navigate(browser.baseUrl() + URI.create(link).getPath());
        assertThat(page.locator("#link-state")).containsText("Your user id is " + person.userId() + ".");
        page.locator("#link-password input").fill(person.password());
        page.locator("#link-password-repeat input").fill(person.password());
        if (person == COPYWRITER) {
            browser.screenshot("10-invitation-page");
        }
        page.locator("#link-save").click();
        assertThat(page.locator("#link-state")).hasText("Your password is set. Sign in as " + person.userId()
                + " with it.");
        page.locator("#link-sign-in").click();
        page.waitForURL(Pattern.compile(".*/login$"));
        browser.logIn(person.userId(), person.password());
        page.waitForURL(browser.baseUrl() + "/");
        assertThat(page.locator("#inbox")).isVisible();
    }

    /** On the calendar: "+" on the publish day (the brand's day), the brief's essentials and the minute. */
    private void planThePost(Instant publishAt) {
        openMenu("calendar");
        assertThat(page.locator("#calendar-brand input")).hasValue(BRAND_NAME);
        ZonedDateTime local = publishAt.atZone(BRAND_ZONE);
        Locator plus = page.locator("#add-" + local.toLocalDate());
        assertThat(page.locator("#add-" + LocalDate.now(BRAND_ZONE))).isVisible(); // the month is drawn
        if (local.toLocalDate().getMonth() != LocalDate.now(BRAND_ZONE).getMonth() && plus.count() == 0) {
            page.locator("#calendar-next").click();
        }
        plus.click();
        page.locator("#new-title input").fill(TITLE);
        page.locator("#new-objective").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("engagement")).click();
        page.locator("#new-key-message textarea").fill(KEY_MESSAGE);
        page.locator("#new-channels").getByLabel(MASTODON_LABEL).check();
        Locator time = page.locator("#new-time input");
        // typed as the field shows its own default (10:00 or 10:00 AM, by the browser's locale)
        DateTimeFormatter shown = time.inputValue().matches("(?i).*[ap]m$")
                ? DateTimeFormatter.ofPattern("h:mm a", Locale.US) : DateTimeFormatter.ofPattern("HH:mm");
        time.fill(local.toLocalTime().format(shown));
        time.press("Enter");
        browser.screenshot("09-plan-the-post");
        page.locator("#create-item").click();
        assertThat(notification("Planned '" + TITLE + "'")).isVisible();
        openMenu("");
    }

    /**
     * Nothing is posted before the publish minute: the engine's clock is moved to a second before it (the timer is
     * not due) and then to it, and the running job executor, woken up, posts the approved text, once.
     */
    private void postedOnceAtItsMinute(Instant publishAt) throws InterruptedException {
        ProcessInstance content = runtimeService.createProcessInstanceQuery().tenantIdIn(BRAND)
                .processDefinitionKey("content-approval").singleResult();
        assertThat(content).as("the brand's one content item").isNotNull();
        awaitUpTo(Duration.ofSeconds(30), () -> untilPublishTime(content.getId()) != null,
                "the approved post to wait for its publish time");
        assertThat(untilPublishTime(content.getId()).getDuedate()).isEqualTo(Date.from(publishAt));
        mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        try {
            ClockUtil.setCurrentTime(Date.from(publishAt.minusSeconds(1)));
            assertThat(managementService.createJobQuery().processInstanceId(content.getId()).timers().executable()
                    .count()).as("not due a second before the publish minute").isZero();
            ClockUtil.setCurrentTime(Date.from(publishAt));
            assertThat(managementService.createJobQuery().processInstanceId(content.getId()).timers().executable()
                    .count()).as("due at the publish minute").isOne();
            engineConfiguration.getJobExecutor().jobWasAdded();
            awaitUpTo(Duration.ofSeconds(60), () -> !mastodon.findAll(postRequestedFor(urlEqualTo(
                    "/api/v1/statuses"))).isEmpty(),
                    "the post to reach the Mastodon stand-in");
        } finally {
            ClockUtil.reset();
        }
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer harbour-access-token"))
                .withRequestBody(matchingJsonPath("$.status", containing(CAPTION))));
    }

    private Job untilPublishTime(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId("UntilPublishTime").singleResult();
    }

    /** What the channel's own system does: one comment to POST /api/interactions with its token, nothing more. */
    private String deliverComment(String token, String externalId) throws Exception {
        String body = json.writeValueAsString(Map.of("interaction", Map.of("externalId", externalId,
                "kind", "COMMENT", "authorHandle", "@mira@social.example", "authorName", "Mira", "text", COMMENT,
                "occurredAt", Instant.now().minusSeconds(30).toString())));
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/interactions"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return json.readTree(answer.body()).get("interactions").get(0).get("interactionId").asText();
    }

    private void answerInTheInbox() {
        openMenu("inbox");
        Locator comment = page.locator("#interaction-queue vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(COMMENT).setVisible(true));
        assertThat(comment).hasCount(1);
        comment.click();
        assertThat(page.locator("#thread-entries")).containsText(COMMENT);
        enter(page.locator("#reply-text textarea"), REPLY);
        browser.screenshot("13-inbox-reply");
        page.locator("#send-reply").click();
        assertThat(notification("Reply sent to the SOP")).isVisible();
        assertThat(comment).hasCount(0);
    }

    /** Each of the admin's changes is on the record, by admin, and no secret is in it. */
    private void theAdminChangesAreRecorded(Instant since, String token) {
        List<AdminChangeEntry> recorded;
        try (SignedIn admin = SignedIn.as(users, "admin")) {
            recorded = adminChanges.search(new AdminChangeSearch(null, null, "admin", since, null), 0, 200);
        }
        assertThat(recorded).extracting(AdminChangeEntry::area, AdminChangeEntry::subject).contains(
                tuple("brand", BRAND_NAME), tuple("channel", MASTODON_LABEL), tuple("channel", WEBHOOK_LABEL),
                tuple("credential", MASTODON_LABEL), tuple("person", SOCIAL_MANAGER.userId()),
                tuple("person", COPYWRITER.userId()), tuple("person", REVIEWER.userId()),
                tuple("person", COMMUNITY_MANAGER.userId()));
        assertThat(recorded).flatExtracting(AdminChangeEntry::fields).extracting(AdminChangeEntry.Field::text)
                .noneMatch(text -> text.contains(token));
    }

    /** What the application made by itself is the administrator alone, and no demo person or brand came since. */
    private void noDemoDataExists() {
        FirstRunSnapshot atStart = FirstRunSnapshot.get();
        assertThat(atStart.people()).containsOnlyKeys("admin");
        assertThat(atStart.tenants()).isEmpty();
        assertThat(atStart.noBrand()).isTrue();
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                assertThat(users.exists(role.groupId())).as("demo user " + role.groupId()).isFalse();
            }
        }
        assertThat(users.exists("client-northwind")).isFalse();
        assertThat(brands.find("northwind")).isEmpty();
    }

    /** A screen from the side navigation (the Administration group opened first when it is closed). */
    private void openMenu(String route) {
        Locator item = page.locator("vaadin-side-nav-item[path='" + route + "'], vaadin-side-nav-item[path='/"
                + route + "']");
        if (route.startsWith("admin/") && !item.isVisible()) {
            // closed, the group's own toggle is its only visible button
            page.locator("#nav-administration").getByRole(AriaRole.BUTTON).click();
        }
        item.locator("[part='link']").click();
        page.waitForURL(browser.baseUrl() + "/" + route);
    }

    /** Double-clicks the post's row in My work and waits for the task's page. */
    private void openFromMyWork(String taskName) {
        Locator row = page.locator("#inbox vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(TITLE));
        assertThat(row).hasCount(1); // waits for the grid's rows to arrive
        row.dblclick();
        page.waitForURL(Pattern.compile(".*/task/[^/]+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE).setLevel(2)))
                .isVisible();
        assertThat(page.locator("#task-meta")).containsText(taskName + " · " + BRAND_NAME);
    }

    /** Completes the open task and waits until the app is back in My work. */
    private void complete() {
        page.locator("#complete-task").click();
        page.waitForURL(browser.baseUrl() + "/");
        assertThat(notification("Task completed")).isVisible();
    }

    private Locator notification(String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Picks an option of a Vaadin combo box by typing its label and clicking it in the list. */
    private void choose(Locator comboBox, String label) {
        comboBox.locator("input").fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).click();
        assertThat(comboBox.locator("input")).hasValue(label);
    }

    /** Types into a field and leaves it, as a person does. */
    private static void enter(Locator input, String text) {
        input.fill(text);
        input.blur();
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition, String what)
            throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(200);
        }
    }
}
