package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.content.ContentApprovalVariables.ALT_TEXT;
import static io.engineroom.content.ContentApprovalVariables.CAPTION;
import static io.engineroom.content.ContentApprovalVariables.HASHTAGS;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.NEEDS_VISUAL;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.content.CalendarItem;
import io.engineroom.content.ChannelVariants;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The content piece on the task page, driven with Karibu-Testing on the real application and PostgreSQL. */
@EngineRoomIntegrationTest
class ContentTaskPanelUiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 300 characters: fits Mastodon (500), not X (280). */
    private static final String THREE_HUNDRED = "Fresh roast, fresh start. ".repeat(11) + "Come by today!";

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    ChannelVariants variants;
    @Autowired
    TaskService taskService;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String copywriter;
    String reviewer;
    ChannelSummary mastodon;
    ChannelSummary x;
    ChannelSummary instagram;
    long item;
    UiSession session;

    @BeforeEach
    void anItemWaitingForCopy() {
        assertThat(THREE_HUNDRED).hasSize(300);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String brand = "panel-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Panel Test " + suffix, false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "Panel Test " + suffix, false, false, BERLIN,
                Duration.ofHours(24))));
        mastodon = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON, "@panel@social.example", true));
        x = AsAdmin.call(() -> channels.addManual(brand, Platform.X, "@paneltest", true));
        instagram = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@paneltest", false));
        // the user's brands are read at sign-in: membership first, then the login
        copywriter = TestUsers.ensure(users, brands, "panel-copywriter-" + suffix, Role.COPYWRITER, brand);
        reviewer = TestUsers.ensure(users, brands, "panel-reviewer-" + suffix, Role.BRAND_REVIEWER, brand);
        item = content.plan(brand, new ContentBrief("Autumn roast " + suffix, "awareness", "Coffee lovers",
                "The autumn roast is here", null, "Autumn", LocalDate.now(BERLIN).plusDays(5).atTime(9, 30)
                        .atZone(BERLIN).toInstant(), Set.of(mastodon.id(), x.id(), instagram.id())));
        taskService.complete(task().getId(), Map.of(OBJECTIVE.name(), "awareness", KEY_MESSAGE.name(),
                "The autumn roast is here"));
        assertThat(task().getTaskDefinitionKey()).isEqualTo("WriteCopy");
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theCopywriterWritesVariantsAndATextTooLongForXIsRefusedNextToItsFieldOnly() {
        openTask(copywriter);
        assertThat(span("piece-key-message").getText()).isEqualTo("The autumn roast is here");
        assertThat(span("piece-publish-at").getText()).endsWith("09:30 (Europe/Berlin)");
        assertThat(span("piece-channels").getText()).contains("X @paneltest", "Mastodon @panel@social.example");
        assertThat(_find(Div.class, spec -> spec.withId("content-assets"))).hasSize(1);

        _setValue(field(x), THREE_HUNDRED);
        _setValue(field(mastodon), THREE_HUNDRED);
        _setValue(field(instagram), "#autumn ".repeat(31));
        assertThat(counter(x).getText()).isEqualTo("300 / 280");
        assertThat(counter(x).getClassNames()).contains("over-limit");
        assertThat(counter(mastodon).getText()).isEqualTo("300 / 500");
        assertThat(counter(mastodon).getClassNames()).doesNotContain("over-limit");
        assertThat(counter(instagram).getText()).isEqualTo("248 / 2200 · 31 / 30 hashtags");
        assertThat(counter(instagram).getClassNames()).contains("over-limit");
        _setValue(field(instagram), "");
        _click(_get(Button.class, spec -> spec.withId("save-variants")));

        assertThat(field(x).isInvalid()).isTrue();
        assertThat(field(x).getErrorMessage())
                .isEqualTo("Too long for X: 300 weighted characters (links 23, emoji and CJK 2), at most 280");
        assertThat(field(mastodon).isInvalid()).isFalse();
        assertThat(saved()).containsExactly(Map.entry(mastodon.id(), THREE_HUNDRED));

        _setValue(field(x), "Autumn roast is in. Come taste it!");
        assertThat(field(x).isInvalid()).isFalse();
        assertThat(counter(x).getText()).isEqualTo("34 / 280");
        _click(_get(Button.class, spec -> spec.withId("save-variants")));

        assertThat(field(x).isInvalid()).isFalse();
        assertThat(saved()).containsOnly(Map.entry(mastodon.id(), THREE_HUNDRED),
                Map.entry(x.id(), "Autumn roast is in. Come taste it!"));

        _setValue(field(mastodon), " ");
        _click(_get(Button.class, spec -> spec.withId("save-variants")));
        assertThat(saved()).containsOnlyKeys(x.id()); // emptied: the caption goes out on Mastodon
    }

    @Test
    void aCaptionTooLongForAChannelWithoutAVariantNeverReachesTheReviewer() {
        try (SignedIn writer = SignedIn.as(users, copywriter)) {
            variants.write(item, mastodon.id(), "Autumn roast is in, fediverse!");
        }
        // no X variant: the 300-character caption would go out there, and does not fit
        assertThatThrownBy(() -> taskService.complete(task().getId(), Map.of(CAPTION.name(), THREE_HUNDRED,
                HASHTAGS.name(), "#autumn"))).rootCause().isInstanceOf(io.engineroom.base.InvalidInput.class)
                .hasMessageContaining("X @paneltest: Too long for X: 300 weighted characters")
                .hasMessageContaining("write a variant for this channel");
        assertThat(task().getTaskDefinitionKey()).isEqualTo("WriteCopy");
        try (SignedIn writer = SignedIn.as(users, copywriter)) {
            variants.write(item, x.id(), "Autumn roast is in. Come taste it!");
        }
        taskService.complete(task().getId(), Map.of(CAPTION.name(), THREE_HUNDRED, HASHTAGS.name(), "#autumn"));
        assertThat(task().getTaskDefinitionKey()).isEqualTo("BrandReview");

        openTask(reviewer);

        assertThat(_find(TextArea.class, spec -> spec.withId("variant-" + x.id()))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("save-variants"))).isEmpty();
        assertThat(span("piece-caption").getText()).isEqualTo(THREE_HUNDRED);
        assertThat(text(mastodon)).isEqualTo("Autumn roast is in, fediverse!");
        assertThat(text(x)).isEqualTo("Autumn roast is in. Come taste it!");
        assertThat(block(x).getClassNames()).doesNotContain("over-limit");
        assertThat(counter(x).getText()).isEqualTo("34 / 280");
    }

    @Test
    void aCopywriterSeesSomeoneElsesClaimedCopyTaskReadOnly() {
        String colleague = TestUsers.ensure(users, brands, copywriter + "-colleague", Role.COPYWRITER,
                channels.find(x.id()).orElseThrow().brandId());
        taskService.claim(task().getId(), colleague);

        openTask(copywriter);

        assertThat(_find(TextArea.class, spec -> spec.withId("variant-" + x.id()))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("variants-read-only"))).hasSize(1);
    }

    @Test
    void theCalendarsItemDialogListsTheWrittenVariantsReadOnly() {
        try (SignedIn writer = SignedIn.as(users, copywriter)) {
            variants.write(item, x.id(), "Autumn roast is in. Come taste it!");
        }
        session = UiSession.signIn(context, users, reviewer);
        CalendarItem calendarItem = new CalendarItem(item, x.brandId(), "Autumn roast", CalendarItem.IN_PRODUCTION,
                null, null, java.util.List.of(), false, null);

        new ItemDialog(calendarItem, "in production", BERLIN, false, content, () -> { })
                .withVariants(variants.of(item)).open();

        Div shown = _get(Div.class, spec -> spec.withId("item-variants"));
        assertThat(_find(shown, Div.class, spec -> spec.withId("variant-block-" + x.id()))).hasSize(1);
        assertThat(_find(shown, Div.class, spec -> spec.withId("variant-block-" + mastodon.id()))).isEmpty();
        assertThat(text(x)).isEqualTo("Autumn roast is in. Come taste it!");
        assertThat(_find(shown, TextArea.class)).isEmpty();
    }

    @Test
    void theDesignerUploadsTheVisualInTheirTaskAndTheReviewerSeesItWithoutAnUpload() {
        String designer = TestUsers.ensure(users, brands, copywriter.replace("copywriter", "designer"), Role.DESIGNER,
                channels.find(x.id()).orElseThrow().brandId());
        long withVisual = content.plan(channels.find(x.id()).orElseThrow().brandId(), new ContentBrief(
                "Roastery photo", "awareness", null, "See the roastery", null, null, null, Set.of(x.id())));
        taskService.complete(taskOf(withVisual, "WriteBrief").getId(), Map.of(OBJECTIVE.name(), "awareness",
                KEY_MESSAGE.name(), "See the roastery", NEEDS_VISUAL.name(), true));
        String visualTask = taskOf(withVisual, "CreateVisual").getId();

        session = UiSession.signIn(context, users, designer);
        UI.getCurrent().navigate("task/" + visualTask);
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class,
                spec -> spec.withId("asset-upload")), "roastery.png", "image/png", io.engineroom.content.TestFiles.png(4, 3));
        assertThat(_find(_get(Div.class, spec -> spec.withId("content-assets")), com.vaadin.flow.component.html.Image.class))
                .hasSize(1);
        session.close();
        taskService.complete(visualTask, Map.of(ALT_TEXT.name(), "The roaster at work"));
        taskService.complete(taskOf(withVisual, "WriteCopy").getId(), Map.of(CAPTION.name(), "Where coffee is made"));

        session = UiSession.signIn(context, users, reviewer);
        UI.getCurrent().navigate("task/" + taskOf(withVisual, "BrandReview").getId());
        Div shown = _get(Div.class, spec -> spec.withId("content-assets"));
        assertThat(_find(shown, com.vaadin.flow.component.html.Image.class)).hasSize(1);
        assertThat(_find(shown, com.vaadin.flow.component.upload.Upload.class)).isEmpty();
    }

    private Task taskOf(long contentItem, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + contentItem)
                .taskDefinitionKey(key).singleResult();
    }

    private void openTask(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate("task/" + task().getId());
    }

    private Task task() {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }

    private Map<Long, String> saved() {
        Map<Long, String> saved = new java.util.HashMap<>();
        jdbc.query("select channel_id, text from channel_variant where content_item_id = ?",
                row -> {
                    saved.put(row.getLong("channel_id"), row.getString("text"));
                }, item);
        return saved;
    }

    private static TextArea field(ChannelSummary channel) {
        return _get(TextArea.class, spec -> spec.withId("variant-" + channel.id()));
    }

    private static Span counter(ChannelSummary channel) {
        return _get(Span.class, spec -> spec.withId("variant-counter-" + channel.id()));
    }

    private static Div block(ChannelSummary channel) {
        return _get(Div.class, spec -> spec.withId("variant-block-" + channel.id()));
    }

    private static String text(ChannelSummary channel) {
        return _get(Paragraph.class, spec -> spec.withId("variant-text-" + channel.id())).getText();
    }

    private static Span span(String id) {
        return _get(Span.class, spec -> spec.withId(id));
    }
}
