package io.engineroom.assist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.assist.Drafting;
import io.engineroom.assist.SuggestionEntry;
import io.engineroom.assist.SuggestionKind;
import io.engineroom.assist.Suggestions;
import io.engineroom.audit.AuditExport;
import io.engineroom.audit.ExportFormat;
import io.engineroom.audit.ExportProgress;
import io.engineroom.audit.ui.SuggestionsView;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Platform;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionIntake;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestChatEndpoint;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.TaskActionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * AI drafting on the real application, with the chat endpoint played by WireMock: the buttons beside the caption and
 * the reply, the suggestion recorded with what the person submitted, refusals shown next to the field, and who may
 * ask and who may read the record.
 */
@EngineRoomIntegrationTest
class AssistUiTest {

    private static final String KEY = TestChatEndpoint.KEY;
    private static final String CAPTION = "Autumn roast is here: warm, nutty and ready for you today.";
    private static final String REPLY = "Hi! Yes, every Bean & Leaf shop has oat milk.";
    /** The shared application's chat endpoint (drafting is on in the tests' context). */
    private static final WireMockServer ENDPOINT = TestChatEndpoint.server();

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    InteractionIntake intake;
    @Autowired
    ResponseTemplates templates;
    @Autowired
    TaskService taskService;
    @Autowired
    UserDirectory users;
    @Autowired
    Drafting drafting;
    @Autowired
    Suggestions suggestions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditExport exports;

    String suffix;
    String brand;
    String otherBrand;
    String copywriter;
    UiSession session;

    @BeforeEach
    void aBrandWithACopywriter() {
        ENDPOINT.resetAll();
        ENDPOINT.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("Brief"))
                .willReturn(okJson(answer(CAPTION))));
        ENDPOINT.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("Conversation with"))
                .willReturn(okJson(answer(REPLY))));
        ENDPOINT.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("REFUSE-THIS"))
                .atPriority(1).willReturn(aResponse().withStatus(500)));
        suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "assist-" + suffix;
        otherBrand = "assist-other-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Assist Roasters " + suffix, false));
        AsAdmin.run(() -> brands.create(otherBrand, "Other Brand " + suffix, false));
        copywriter = TestUsers.ensure(users, brands, "assist-copy-" + suffix, Role.COPYWRITER, brand);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    @Test
    void aDraftedCaptionFillsTheFieldAndIsRecordedWithThePersonsEditWhenTheTaskIsCompleted() throws Exception {
        String taskId = writeCopyTask("The autumn roast is here");
        openTask(copywriter, taskId);
        TextArea caption = _get(TextArea.class, spec -> spec.withId("field-caption"));
        assertThat(caption.getValue()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("assist-caption-button")));
        awaitDraft("caption");

        assertThat(caption.getValue()).isEqualTo(CAPTION);
        assertThat(message("caption")).startsWith("A starting point from test-model");
        String prompt = ENDPOINT.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(prompt).contains("Key message: The autumn roast is here", "Assist Roasters " + suffix)
                .doesNotContain(KEY);
        String edited = CAPTION.replace("for you today", "at every counter") + " #autumn";
        _setValue(caption, edited);
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        Map<String, Object> row = jdbc.queryForMap("select * from ai_suggestion where task_id = ?", taskId);
        assertThat(row.get("kind")).isEqualTo("CAPTION");
        assertThat(row.get("brand_id")).isEqualTo(brand);
        assertThat(row.get("outcome")).isEqualTo("DRAFTED");
        assertThat(row.get("model")).isEqualTo("test-model");
        assertThat(row.get("output")).isEqualTo(CAPTION);
        assertThat(row.get("requested_by")).isEqualTo(copywriter);
        assertThat((String) row.get("prompt")).contains("The autumn roast is here").doesNotContain(KEY);
        assertThat(row.get("business_key")).asString().startsWith("content:");
        assertThat(row.get("submitted_text")).isEqualTo(edited);
        assertThat(row.get("completed_by")).isEqualTo(copywriter);
        assertThat(((Number) row.get("edit_distance")).intValue())
                .isEqualTo(org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
                        .apply(CAPTION, edited)).isPositive();

        // the key went to the endpoint, in the header only: nowhere in the record nor in the auditors' exports
        assertThat(ENDPOINT.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
                .isEqualTo("Bearer " + KEY);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(KEY));
        String auditor = TestUsers.ensure(users, brands, "assist-auditor-export-" + suffix, Role.AUDITOR, brand);
        try (SignedIn ignored = SignedIn.as(users, auditor)) {
            for (ExportFormat format : ExportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exports.suggestions(brand, format, out, ExportProgress.NONE);
                String text = format == ExportFormat.CSV ? out.toString(StandardCharsets.UTF_8) : xlsxText(out);
                assertThat(text).as(format.name()).contains(edited, CAPTION, copywriter, "Key message")
                        .doesNotContain(KEY);
            }
        }
    }

    /** Every string in the workbook, one per line. */
    private static String xlsxText(ByteArrayOutputStream out) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }));
        }
        return text.toString();
    }

    @Test
    void aRefusalShowsAMessageNextToTheReplyAndTheFormStillCompletes() {
        // both queues an inbound question may be routed to (a "do you have" can read as a sales lead)
        String community = "assist-cm-" + suffix;
        users.createUser(community, community, "(test)", community + "@example.com", TestUsers.PASSWORD,
                List.of(Role.COMMUNITY_MANAGER, Role.SOCIAL_MANAGER));
        brands.addMember(brand, community);
        AsAdmin.run(() -> templates.define(brand, "Oat milk", "Hi {author}, we have oat milk everywhere."));
        String refusedTask = respondTask("REFUSE-THIS do you have oat milk?", "@guest" + suffix);
        openTask(community, refusedTask);
        _get(RadioButtonGroup.class, spec -> spec.withId("field-action")).setValue("reply");

        _click(_get(Button.class, spec -> spec.withId("assist-replyText-button")));
        awaitDraft("replyText");

        assertThat(message("replyText")).contains("refused the request (HTTP 500)");
        assertThat(_get(Span.class, spec -> spec.withId("assist-replyText-message")).getClassNames())
                .contains("er-assist__message--problem");
        TextArea reply = _get(TextArea.class, spec -> spec.withId("field-replyText"));
        assertThat(reply.getValue()).isEmpty();
        _setValue(reply, "We do, in every shop: come by!");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        Map<String, Object> refused = jdbc.queryForMap("select * from ai_suggestion where task_id = ?", refusedTask);
        assertThat(refused.get("outcome")).isEqualTo("REFUSED");
        assertThat(refused.get("output")).isNull();
        assertThat(refused.get("submitted_text")).isEqualTo("We do, in every shop: come by!");
        assertThat(refused.get("edit_distance")).isNull();
        assertThat(refused.get("completed_by")).isEqualTo(community);

        // another author: a thread of their own, without the message the endpoint refuses
        String answeredTask = respondTask("Do you have oat milk in your shops?", "@other" + suffix);
        session.close();
        openTask(community, answeredTask);
        _get(RadioButtonGroup.class, spec -> spec.withId("field-action")).setValue("reply");
        _click(_get(Button.class, spec -> spec.withId("assist-replyText-button")));
        awaitDraft("replyText");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-replyText")).getValue()).isEqualTo(REPLY);
        String prompt = ENDPOINT.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(prompt).contains("Do you have oat milk in your shops?", "we have oat milk everywhere");
    }

    @Test
    void someoneOutsideTheBrandCannotAskAndSeesNoRecordWhileItsAuditorDoes() {
        String taskId = writeCopyTask("Outsiders may not draft");
        String outsider = TestUsers.ensure(users, brands, "assist-outsider-" + suffix, Role.COPYWRITER,
                otherBrand);
        try (SignedIn ignored = SignedIn.as(users, outsider)) {
            assertThatThrownBy(() -> drafting.request(taskId, SuggestionKind.CAPTION))
                    .isInstanceOfAny(TaskActionException.class, AccessDeniedException.class);
            assertThatThrownBy(() -> suggestions.page(0, 50)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(ENDPOINT.getAllServeEvents()).isEmpty();
        String reviewer = TestUsers.ensure(users, brands, "assist-reviewer-" + suffix, Role.BRAND_REVIEWER, brand);
        try (SignedIn ignored = SignedIn.as(users, reviewer)) {
            assertThatThrownBy(() -> drafting.request(taskId, SuggestionKind.CAPTION))
                    .isInstanceOfAny(TaskActionException.class, AccessDeniedException.class);
        }

        openTask(copywriter, taskId);
        _click(_get(Button.class, spec -> spec.withId("assist-caption-button")));
        awaitDraft("caption");
        session.close();

        String auditor = TestUsers.ensure(users, brands, "assist-auditor-" + suffix, Role.AUDITOR, brand);
        assertThat(shownTo(auditor)).extracting(SuggestionEntry::taskId).contains(taskId);
        String otherAuditor = TestUsers.ensure(users, brands, "assist-auditor-other-" + suffix, Role.AUDITOR,
                otherBrand);
        assertThat(shownTo(otherAuditor)).extracting(SuggestionEntry::taskId).doesNotContain(taskId);

        session = UiSession.signIn(context, users, copywriter);
        // refused by the route's roles: Karibu reports the refusal at the navigation or at the next look-up
        assertThatThrownBy(() -> {
            UI.getCurrent().navigate(SuggestionsView.class);
            _get(SuggestionsView.class);
        }).hasMessageContaining("AccessDeniedException");
    }

    /** The view's rows for this person. */
    private List<SuggestionEntry> shownTo(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(SuggestionsView.class);
        @SuppressWarnings("unchecked")
        Grid<SuggestionEntry> grid = _get(Grid.class, spec -> spec.withId("suggestions-grid"));
        List<SuggestionEntry> rows = new java.util.ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        session.close();
        session = null;
        return rows;
    }

    private String writeCopyTask(String keyMessage) {
        long channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@assist" + suffix
                + "@social.example", true)).id();
        long item = content.plan(brand, new ContentBrief("Autumn roast " + suffix, "awareness", "Coffee lovers",
                keyMessage, null, "Autumn", LocalDate.now(ZoneOffset.UTC).plusDays(5).atTime(9, 30)
                        .toInstant(ZoneOffset.UTC), Set.of(channel)));
        String briefTask = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item)
                .singleResult().getId();
        taskService.complete(briefTask, Map.of(OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(), keyMessage));
        var task = taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("WriteCopy");
        return task.getId();
    }

    private String respondTask(String text, String author) {
        long channel = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@cm" + UUID.randomUUID()
                .toString().substring(0, 6) + "@social.example", true)).id();
        String interaction = intake.acceptAndStart(channel, List.of(new IncomingInteraction("ext-" + UUID.randomUUID(),
                InteractionKind.COMMENT, author, null, text, null, Instant.now(), null))).entries().get(0)
                .interactionId();
        var task = taskService.createTaskQuery().processInstanceBusinessKey("interaction:" + interaction)
                .taskDefinitionKey("Respond").singleResult();
        assertThat(task).isNotNull();
        return task.getId();
    }

    private void openTask(String userId, String taskId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate("task/" + taskId);
    }

    /** Until the draft's answer has reached the screen (the button is enabled again). */
    private static void awaitDraft(String field) {
        DraftButton button = _get(DraftButton.class, spec -> spec.withId("assist-" + field));
        assertThat(button.pending).isNotNull();
        long until = System.currentTimeMillis() + 15_000;
        while (!button.button.isEnabled() && System.currentTimeMillis() < until) {
            MockVaadin.clientRoundtrip();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(button.button.isEnabled()).as("the draft's answer reached the screen").isTrue();
    }

    private static String message(String field) {
        return _get(Span.class, spec -> spec.withId("assist-" + field + "-message")).getText();
    }

    private static String answer(String content) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1733390000,"model":"test-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":40,"completion_tokens":9,"total_tokens":49}}
                """.formatted(content);
    }
}
