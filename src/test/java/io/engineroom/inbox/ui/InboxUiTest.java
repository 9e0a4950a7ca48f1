package io.engineroom.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.engineroom.inbox.InteractionHandlingVariables.ACTION;
import static io.engineroom.inbox.InteractionHandlingVariables.REPLY_DELIVERED;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.Category;
import io.engineroom.inbox.ConversationThreads;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionCorrections;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionQueue;
import io.engineroom.inbox.InteractionState;
import io.engineroom.inbox.Moderation;
import io.engineroom.inbox.QueueEntry;
import io.engineroom.inbox.QueueFilter;
import io.engineroom.inbox.ReplyOutcome;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.inbox.Sentiment;
import io.engineroom.inbox.TemplateSummary;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionReplyRepository;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The interaction inbox on the real application: interactions arrive through the intake and run the interaction
 * SOP; a community manager works them in the Inbox screen and the reply goes out to a stand-in Mastodon server.
 */
@EngineRoomIntegrationTest
class InboxUiTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String BRAND = "inbox-" + RUN;
    static final String MANAGER = "cm-" + RUN;
    static final String COLLEAGUE = "cm2-" + RUN;
    static final String OUTSIDER = "cm-out-" + RUN;
    static final String COPYWRITER = "cw-" + RUN;

    static WireMockServer mastodon;
    static long mastodonChannel;
    static long manualChannel;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    InteractionIntake intake;
    @Autowired
    InteractionRepository interactions;
    @Autowired
    InteractionReplyRepository replies;
    @Autowired
    InteractionCorrections corrections;
    @Autowired
    InteractionQueue queue;
    @Autowired
    ConversationThreads threads;
    @Autowired
    io.engineroom.inbox.InteractionModeration moderations;
    @Autowired
    ResponseTemplates templates;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.engineroom.workflow.TaskInbox taskInbox;

    UiSession session;

    @BeforeAll
    static void startMastodon() {
        mastodon = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mastodon.start();
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"9001\",\"url\":\"https://social.example/@brand/9001\"}")));
        warmUp();
    }

    /**
     * One request before the tests: a cold stand-in server on a busy machine can take longer than the 2 s the tests
     * give a channel to answer, which would (rightly) make the first reply UNKNOWN.
     */
    static void warmUp() {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(mastodon.baseUrl() + "/api/v1/statuses"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mastodon.resetRequests();
    }

    @AfterAll
    static void stopMastodon() {
        mastodon.stop();
    }

    @BeforeEach
    void aBrandWithChannelsPeopleAndTemplates() {
        if (brands.find(BRAND).isPresent()) {
            return;
        }
        AsAdmin.run(() -> brands.create(BRAND, "Inbox Test " + RUN, false));
        mastodonChannel = AsAdmin.call(() -> channels.addMastodon(BRAND, "@brand@social.example",
                mastodon.baseUrl(), "token-1", true))
                .id();
        manualChannel = AsAdmin.call(() -> channels.addManual(BRAND, Platform.INSTAGRAM, "@brand", false)).id();
        // both frontline queues: interaction-routing.dmn sends leads to the social media manager, the rest to
        // community managers, and what the classifier makes of a test text is not this test's business
        frontline(MANAGER, BRAND, "beanleaf");
        frontline(COLLEAGUE, BRAND);
        TestUsers.ensure(users, brands, OUTSIDER, Role.COMMUNITY_MANAGER);
        TestUsers.ensure(users, brands, COPYWRITER, Role.COPYWRITER, BRAND);
        templates.seed(BRAND, "Thanks", "Thanks {author}! {agent} for {brand} on {channel}. {unknown}");
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theQueueIsSortedBySlaDueAndFiltersNarrowIt() {
        String later = arrive(mastodonChannel, InteractionKind.COMMENT, "@later", "Due in three hours");
        String overdue = arrive(mastodonChannel, InteractionKind.COMMENT, "@overdue", "Already late");
        String soon = arrive(manualChannel, InteractionKind.COMMENT, "@soon", "Due within the hour");
        // corrected first: a changed category routes the interaction again, due date included
        try (SignedIn signedIn = SignedIn.as(users, MANAGER)) {
            corrections.correct(overdue, Sentiment.NEGATIVE, Category.COMPLAINT);
            corrections.correct(soon, Sentiment.POSITIVE, Category.PRAISE);
            corrections.correct(later, Sentiment.NEUTRAL, Category.QUESTION);
        }
        due(later, Instant.now().plus(3, ChronoUnit.HOURS));
        due(overdue, Instant.now().minus(2, ChronoUnit.HOURS));
        due(soon, Instant.now().plus(1, ChronoUnit.HOURS));
        taskInbox.markReminded(respondTask(later).orElseThrow().getId(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();

        List<String> mine = ids(grid).stream().filter(List.of(later, overdue, soon)::contains).toList();
        assertThat(mine).containsExactly(overdue, soon, later);
        // the cell holds the countdown, and a "Reminded" badge under it once the SLA reminder named the task
        Component dueCell = GridKt._getCellComponent(grid, ids(grid).indexOf(overdue), "due");
        Span due = (Span) dueCell.getChildren().findFirst().orElseThrow();
        assertThat(due.getText()).startsWith("overdue 2h");
        assertThat(due.getElement().getClassList()).contains("overdue");
        assertThat(reminded(dueCell)).isEmpty();
        assertThat(reminded(GridKt._getCellComponent(grid, ids(grid).indexOf(later), "due")))
                .containsExactly("Reminded");
        assertThat(GridKt._getFormattedRow(grid, ids(grid).indexOf(soon)))
                .contains("Instagram @brand", "@soon", "Due within the hour", "POSITIVE", "PRAISE", "OPEN");

        select("sentiment-filter", Sentiment.NEGATIVE);
        assertThat(ids(grid)).contains(overdue).doesNotContain(soon, later);
        assertThat(entries(grid)).allSatisfy(e -> assertThat(e.interaction().sentiment()).isEqualTo(Sentiment.NEGATIVE));
        select("sentiment-filter", null);
        select("category-filter", Category.PRAISE);
        assertThat(ids(grid)).contains(soon).doesNotContain(overdue, later);
        select("category-filter", null);
        select("channel-filter", channelOption("channel-filter", manualChannel));
        assertThat(ids(grid)).contains(soon).doesNotContain(overdue, later);
        select("channel-filter", null);
        select("state-filter", InteractionState.ANSWERED);
        assertThat(ids(grid)).doesNotContain(overdue, soon, later);
        select("state-filter", null);
        select("brand-filter", brandOption("beanleaf"));
        assertThat(ids(grid)).doesNotContain(overdue, soon, later);
    }

    @Test
    void theThreadShowsTheAuthorsConversationAndAReplyFromATemplateGoesOutThroughMastodon() {
        String author = "@ana" + RUN + "@social.example";
        String first = arrive(mastodonChannel, InteractionKind.COMMENT, author, "My order is late",
                Instant.now().minus(2, ChronoUnit.DAYS));
        String second = arrive(mastodonChannel, InteractionKind.COMMENT, author, "<b>Still</b> waiting <script>x</script>");
        String someoneElse = arrive(mastodonChannel, InteractionKind.COMMENT, "@bob", "Unrelated");
        finishRespond(first, Map.of(ACTION.name(), "none", RESPONSE_NOTE.name(), "answered by phone"));
        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();
        QueueEntry selected = GridKt._get(grid, ids(grid).indexOf(second));
        GridKt._clickItem(grid, ids(grid).indexOf(second), 1, false, false, false, false);

        assertThat(threadTexts()).containsExactly("My order is late", "<b>Still</b> waiting <script>x</script>");
        assertThat(threadTexts()).doesNotContain("Unrelated");
        assertThat(someoneElse).isNotNull();

        @SuppressWarnings("unchecked")
        ComboBox<TemplateSummary> template = _get(ComboBox.class, spec -> spec.withId("template"));
        _setValue(template, template.getListDataView().getItems().filter(t -> t.name().equals("Thanks"))
                .findFirst().orElseThrow());
        TextArea reply = _get(TextArea.class, spec -> spec.withId("reply-text"));
        assertThat(reply.getValue()).isEqualTo("Thanks Ana! " + MANAGER + " (test) for Inbox Test " + RUN
                + " on Mastodon @brand@social.example. {unknown}");
        assertThat(reply.getMaxLength()).isEqualTo(Platform.MASTODON.maxLength());
        _setValue(reply, "Thanks Ana, it ships today.");
        _click(_get(Button.class, spec -> spec.withId("send-reply")));

        assertThat(respondTask(second)).isEmpty();
        InteractionReply sent = awaitReply(second);
        assertThat(sent.getOutcome()).as(sent.getReason()).isEqualTo(ReplyOutcome.SENT);
        assertThat(sent.getSentBy()).isEqualTo(MANAGER);
        assertThat(sent.getPostUrl()).isEqualTo("https://social.example/@brand/9001");
        String externalId = interactions.findById(second).orElseThrow().getExternalId();
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withHeader("Idempotency-Key", equalTo(sent.getIdempotencyKey()))
                .withRequestBody(matchingJsonPath("$.in_reply_to_id", equalTo(externalId)))
                .withRequestBody(matchingJsonPath("$.status", equalTo("Thanks Ana, it ships today."))));
        assertThat(awaitVariable(second, REPLY_DELIVERED.name())).isEqualTo(true);

        _get(InboxView.class).thread.show(selected); // the reply went out after the screen last looked
        assertThat(threadTexts()).containsExactly("My order is late", "<b>Still</b> waiting <script>x</script>",
                "Thanks Ana, it ships today.");
        Div replyEntry = _find(Div.class, spec -> spec.withClasses("thread-entry reply")).get(0);
        assertThat(_get(replyEntry, Span.class, spec -> spec.withClasses("thread-text")).getText())
                .isEqualTo("Thanks Ana, it ships today.");
        // what a stranger wrote is text: no element was made from their markup
        assertThat(_find(com.vaadin.flow.component.Html.class)).isEmpty();
    }

    @Test
    void theTaskPageOfARespondTaskShowsTheConversation() {
        String id = arrive(mastodonChannel, InteractionKind.COMMENT, "@page", "Seen on the task page");
        logIn(MANAGER);
        UI.getCurrent().navigate("task/" + respondTask(id).orElseThrow().getId());

        _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("interaction-conversation"));
        assertThat(threadTexts()).containsExactly("Seen on the task page");
    }

    @Test
    void aReplyToADirectMessageIsADirectStatusMentioningTheAuthor() {
        String dm = arrive(mastodonChannel, InteractionKind.DIRECT_MESSAGE, "@dora@social.example", "Private matter");
        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();
        GridKt._clickItem(grid, ids(grid).indexOf(dm), 1, false, false, false, false);
        _setValue(_get(TextArea.class, spec -> spec.withId("reply-text")), "We will call you.");
        _click(_get(Button.class, spec -> spec.withId("send-reply")));

        assertThat(awaitReply(dm).getOutcome()).isEqualTo(ReplyOutcome.SENT);
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withRequestBody(matchingJsonPath("$.visibility", equalTo("direct")))
                .withRequestBody(matchingJsonPath("$.status", equalTo("@dora@social.example We will call you."))));
    }

    @Test
    void aReplyTooLongForThePlatformIsRefusedNextToTheFieldAndTheTaskStaysOpen() {
        String id = arrive(mastodonChannel, InteractionKind.COMMENT, "@long", "Tell me everything");
        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();
        GridKt._clickItem(grid, ids(grid).indexOf(id), 1, false, false, false, false);
        TextArea reply = _get(TextArea.class, spec -> spec.withId("reply-text"));
        reply.setMaxLength(0); // what the browser would stop, the server must refuse too
        _setValue(reply, "x".repeat(501));
        _click(_get(Button.class, spec -> spec.withId("send-reply")));

        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).contains("Too long for Mastodon");
        assertThat(respondTask(id)).isPresent();
    }

    @Test
    void aCorrectionIsKeptWithWhoAndWhatItWasBefore() {
        String id = arrive(mastodonChannel, InteractionKind.COMMENT, "@corr", "Is this a question?");
        var before = interactions.findById(id).orElseThrow();
        Sentiment newSentiment = before.getSentiment() == Sentiment.NEGATIVE ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        Category newCategory = before.getCategory() == Category.LEAD ? Category.PRAISE : Category.LEAD;
        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();
        GridKt._clickItem(grid, ids(grid).indexOf(id), 1, false, false, false, false);
        select("correct-sentiment", newSentiment);
        select("correct-category", newCategory);
        _click(_get(Button.class, spec -> spec.withId("save-classification")));

        var after = interactions.findById(id).orElseThrow();
        assertThat(after.getSentiment()).isEqualTo(newSentiment);
        assertThat(after.getCategory()).isEqualTo(newCategory);
        assertThat(after.getClassifiedBy()).isEqualTo(MANAGER);
        assertThat(after.getModelVersion()).as("the model stays known").isNotBlank()
                .isEqualTo(before.getModelVersion());
        assertThat(_get(ComboBox.class, spec -> spec.withId("correct-category")).getHelperText())
                .isEqualTo("Classified by " + before.getModelVersion());
        assertThat(jdbc.queryForList("select field, from_value, to_value, corrected_by from classification_correction "
                + "where interaction_id = ? order by field", id)).containsExactly(
                Map.of("field", "category", "from_value", before.getCategory().name(), "to_value",
                        newCategory.name(), "corrected_by", MANAGER),
                Map.of("field", "sentiment", "from_value", before.getSentiment().name(), "to_value",
                        newSentiment.name(), "corrected_by", MANAGER));
    }

    @Test
    void bulkMarkAsSpamModeratesEachAndReportsTheRowsThatFailed() {
        String spam1 = arrive(mastodonChannel, InteractionKind.COMMENT, "@spam1", "Buy followers");
        String spam2 = arrive(mastodonChannel, InteractionKind.MENTION, "@spam2", "Cheap watches");
        String claimed = arrive(mastodonChannel, InteractionKind.COMMENT, "@taken", "Buy more followers");
        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();
        List<QueueEntry> rows = entries(grid).stream()
                .filter(e -> List.of(spam1, spam2, claimed).contains(e.interaction().id())).toList();
        taskService.claim(respondTask(claimed).orElseThrow().getId(), COLLEAGUE);
        rows.forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withId("bulk-spam")));

        Div report = _get(Div.class, spec -> spec.withId("bulk-report"));
        assertThat(_find(report, Paragraph.class).get(0).getText()).isEqualTo("2 of 3 marked as spam");
        List<Paragraph> failures = _find(report, Paragraph.class, spec -> spec.withClasses("bulk-failure"));
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getText()).startsWith("@taken: Buy more followers").contains(COLLEAGUE);
        assertThat(interactions.findById(spam1).orElseThrow().getModeration()).isEqualTo(Moderation.SPAM);
        assertThat(interactions.findById(spam2).orElseThrow().getModeratedBy()).isEqualTo(MANAGER);
        assertThat(interactions.findById(claimed).orElseThrow().getModeration()).isNull();
        assertThat(respondTask(claimed)).isPresent();
        // the claimed one is the colleague's now, so no longer in this person's queue
        assertThat(ids(grid)).doesNotContain(spam1, spam2, claimed);
    }

    @Test
    void theThreadSaysWhatCameOfAModerationOnThePlatformAndWhoDidItByHand() {
        String id = arrive(manualChannel, InteractionKind.COMMENT, "@rude" + RUN, "Rude words");
        moderations.record(id, Moderation.HIDE, MANAGER);
        assertThat(moderations.applyOnPlatform(id)).isEqualTo(io.engineroom.inbox.ModerationState.BY_HAND);
        logIn(MANAGER);

        assertThat(moderationLines(id)).singleElement().asString()
                .startsWith("Moderation: hide (chosen by " + MANAGER + "): no API for it, to do by hand: ")
                .contains("by hand on Instagram @brand");

        moderations.doneByHand(id, COLLEAGUE, "hidden in the app");
        assertThat(moderationLines(id)).containsExactly("Moderation: hide (chosen by " + MANAGER
                + "): done by hand by " + COLLEAGUE + " (hidden in the app)");
    }

    private List<String> moderationLines(String interactionId) {
        Div entries = ThreadPanel.entries(threads.of(interactionId), interactionId);
        return _find(entries, Span.class, spec -> spec.withClasses("thread-moderation")).stream()
                .map(Span::getText).toList();
    }

    @Test
    void bulkAssignGivesTheTicketsToSomeoneInTheQueue() {
        String one = arrive(mastodonChannel, InteractionKind.COMMENT, "@assign1", "First");
        String two = arrive(manualChannel, InteractionKind.COMMENT, "@assign2", "Second");
        logIn(MANAGER);
        Grid<QueueEntry> grid = grid();
        entries(grid).stream().filter(e -> List.of(one, two).contains(e.interaction().id())).forEach(grid::select);
        @SuppressWarnings("unchecked")
        ComboBox<String> assignTo = _get(ComboBox.class, spec -> spec.withId("assign-to"));
        assertThat(assignTo.getListDataView().getItems().toList()).contains(MANAGER, COLLEAGUE)
                .doesNotContain(OUTSIDER, COPYWRITER);
        _setValue(assignTo, COLLEAGUE);
        _click(_get(Button.class, spec -> spec.withId("bulk-assign")));

        assertThat(respondTask(one).orElseThrow().getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(respondTask(two).orElseThrow().getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(_find(_get(Div.class, spec -> spec.withId("bulk-report")), Paragraph.class).get(0).getText())
                .isEqualTo("2 of 2 assigned to " + COLLEAGUE);
    }

    @Test
    void someoneOutsideTheBrandSeesNothingAndOtherRolesAreRefused() {
        String id = arrive(mastodonChannel, InteractionKind.COMMENT, "@secret", "Members only");
        logIn(OUTSIDER);
        assertThat(ids(grid())).doesNotContain(id);
        assertThatThrownBy(() -> threads.of(id)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> corrections.correct(id, Sentiment.POSITIVE, Category.PRAISE))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> templates.of(BRAND)).isInstanceOf(AccessDeniedException.class);
        assertThat(queue.queue(new QueueFilter(BRAND, null, null, null, null))).isEmpty();
        session.close();
        session = null;

        try (SignedIn copywriter = SignedIn.as(users, COPYWRITER)) {
            assertThatThrownBy(() -> queue.queue(QueueFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from classification_correction where interaction_id = ?",
                Long.class, id)).isZero();
    }

    // --- helpers

    private void frontline(String userId, String... brandIds) {
        users.createUser(userId, userId, "(test)", userId + "@example.com", TestUsers.PASSWORD,
                List.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER));
        for (String brandId : brandIds) {
            brands.addMember(brandId, userId);
        }
    }

    private String arrive(long channelId, InteractionKind kind, String handle, String text) {
        return arrive(channelId, kind, handle, text, Instant.now());
    }

    private String arrive(long channelId, InteractionKind kind, String handle, String text, Instant at) {
        String name = handle.startsWith("@ana") ? "Ana" : null;
        return intake.acceptAndStart(channelId, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(), kind, handle,
                name, text, null, at, null))).entries().get(0).interactionId();
    }

    private String processOf(String interactionId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("interaction:" + interactionId).singleResult().getId();
    }

    private Optional<Task> respondTask(String interactionId) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceBusinessKey("interaction:"
                + interactionId).taskDefinitionKey(InteractionQueue.RESPOND_TASK).singleResult());
    }

    private static List<String> reminded(Component cell) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(cell, Span.class).stream()
                .filter(span -> span.getElement().getClassList().contains(
                        io.engineroom.workflow.ui.Countdown.REMINDED_CLASS))
                .map(Span::getText).toList();
    }

    private void due(String interactionId, Instant due) {
        taskService.setDueDate(respondTask(interactionId).orElseThrow().getId(), Date.from(due));
    }

    private void finishRespond(String interactionId, Map<String, Object> variables) {
        taskService.complete(respondTask(interactionId).orElseThrow().getId(), variables);
    }

    /**
     * The SOP sends the reply in a job of its own, which the job executor runs. Not run from here: the executor may
     * have it locked already, and a second run alongside would take the first one's open record for an interrupted
     * try.
     */
    private InteractionReply awaitReply(String interactionId) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Optional<InteractionReply> reply = replies.findByInteractionIdInOrderByStartedAt(List.of(interactionId))
                    .stream().filter(r -> r.getFinishedAt() != null).findFirst();
            if (reply.isPresent()) {
                return reply.get();
            }
            sleep();
        }
        throw new AssertionError("No reply was sent for " + interactionId);
    }

    /**
     * A variable the reply job sets: the reply's record commits on its own before the job does, so the job's
     * variables may come a moment later.
     */
    private Object awaitVariable(String interactionId, String name) {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            var variable = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(processOf(interactionId)).variableName(name).singleResult();
            if (variable != null) {
                return variable.getValue();
            }
            sleep();
        }
        throw new AssertionError("No variable " + name + " for " + interactionId);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void logIn(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(InboxView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<QueueEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("interaction-queue"));
    }

    private static List<QueueEntry> entries(Grid<QueueEntry> grid) {
        List<QueueEntry> entries = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            entries.add(GridKt._get(grid, row));
        }
        return entries;
    }

    private static List<String> ids(Grid<QueueEntry> grid) {
        return entries(grid).stream().map(entry -> entry.interaction().id()).toList();
    }

    private static List<String> threadTexts() {
        return _find(_get(Div.class, spec -> spec.withId("thread-entries")), Span.class,
                spec -> spec.withClasses("thread-text")).stream().map(Span::getText).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(String id, Object value) {
        ComboBox box = _get(ComboBox.class, spec -> spec.withId(id));
        _setValue(box, value);
    }

    @SuppressWarnings("unchecked")
    private static Object channelOption(String id, long channelId) {
        ComboBox<io.engineroom.brand.ChannelSummary> box = _get(ComboBox.class, spec -> spec.withId(id));
        return box.getListDataView().getItems().filter(c -> c.id() == channelId).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Object brandOption(String brandId) {
        ComboBox<io.engineroom.brand.BrandSummary> box = _get(ComboBox.class, spec -> spec.withId("brand-filter"));
        return box.getListDataView().getItems().filter(b -> b.id().equals(brandId)).findFirst().orElseThrow();
    }
}
