package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.PAID_PROMOTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSettings;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.EmojiPolicy;
import io.engineroom.brand.Platform;
import io.engineroom.brand.VoiceGuideForm;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
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

/**
 * The brand's voice on the copywriter's "Write copy" page, driven with Karibu-Testing on the real application and
 * PostgreSQL: the guide beside the copy, the check's flags next to the caption with the task held, and the override
 * with its reason, recorded.
 */
@EngineRoomIntegrationTest
class CopyVoiceUiTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ApplicationContext context;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ContentService content;
    @Autowired
    VoiceGuides guides;
    @Autowired
    TaskService taskService;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String copywriter;
    long item;
    UiSession session;

    @BeforeEach
    void aPaidPromotionWaitingForCopyInABrandWithAVoiceGuide() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "copyvoice-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Copy Voice " + suffix, false));
        AsAdmin.run(() -> brands.configure(new BrandSettings(brand, "Copy Voice " + suffix, false, false, BERLIN,
                Duration.ofHours(24))));
        ChannelSummary mastodon = AsAdmin.call(() -> channels.addManual(brand, Platform.MASTODON,
                "@copyvoice@social.example", true));
        AsAdmin.run(() -> guides.save(brand, new VoiceGuideForm("Warm, plain, never pushy", "roast, fresh",
                "cheap", "Fresh from the roastery", "#beanleaf", EmojiPolicy.SPARINGLY, 1, "#ad")));
        copywriter = TestUsers.ensure(users, brands, "copyvoice-writer-" + suffix, Role.COPYWRITER, brand);
        item = content.plan(brand, new ContentBrief("Winter roast " + suffix, "leads", "Coffee lovers",
                "The winter roast is here", null, "Winter", LocalDate.now(BERLIN).plusDays(5).atTime(9, 30)
                        .atZone(BERLIN).toInstant(), Set.of(mastodon.id())));
        taskService.complete(task().getId(), Map.of(OBJECTIVE.name(), "leads", KEY_MESSAGE.name(),
                "The winter roast is here", PAID_PROMOTION.name(), true));
        assertThat(task().getTaskDefinitionKey()).isEqualTo("WriteCopy");
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theGuideIsBesideTheCopyAndAFlaggedCaptionIsHeldWithItsMessageAtTheField() {
        open();
        assertThat(_get(Div.class, spec -> spec.withId("voice-guide")).getElement().getTextRecursively())
                .startsWith("Brand voice");
        assertThat(_get(Div.class, spec -> spec.withId("voice-tone")).getElement().getTextRecursively())
                .isEqualTo("Tone: Warm, plain, never pushy");
        assertThat(_get(Div.class, spec -> spec.withId("voice-avoid")).getElement().getTextRecursively())
                .isEqualTo("Words to avoid: cheap");
        assertThat(_get(Div.class, spec -> spec.withId("voice-disclosures")).getElement().getTextRecursively())
                .isEqualTo("Paid or influencer posts carry: #ad");

        write("Cheap and cheerful: the winter roast \u2615\uD83C\uDF42", "#beanleaf #winter");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        TextArea caption = _get(TextArea.class, spec -> spec.withId("field-caption"));
        assertThat(caption.isInvalid()).isTrue();
        assertThat(caption.getErrorMessage()).isEqualTo("The voice guide avoids \u201ccheap\u201d; "
                + "The voice guide allows up to 1 emoji; this has 2; A paid or influencer post must carry #ad");
        assertThat(_get(Checkbox.class, spec -> spec.withId("task-submit-anyway")).isVisible()).isTrue();
        assertThat(task().getTaskDefinitionKey()).as("held").isEqualTo("WriteCopy");
        assertThat(overrides()).isZero();

        write("Fresh from the roastery: the winter roast \u2615", "#beanleaf #winter #ad");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        assertThat(task().getTaskDefinitionKey()).as("a clean text goes through").isNotEqualTo("WriteCopy");
        assertThat(overrides()).isZero();
    }

    @Test
    void theCopywriterSubmitsAnywayOnlyWithAReasonAndTheOverrideIsRecorded() {
        open();
        write("Cheap and cheerful: the winter roast", "#beanleaf #winter");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(task().getTaskDefinitionKey()).isEqualTo("WriteCopy");

        _setValue(_get(Checkbox.class, spec -> spec.withId("task-submit-anyway")), true);
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("task-override-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you submit it although the voice check flagged it");
        assertThat(task().getTaskDefinitionKey()).as("no reason, no submit").isEqualTo("WriteCopy");
        assertThat(overrides()).isZero();

        _setValue(reason, "The client's own slogan, approved by them in the brief");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        assertThat(task().getTaskDefinitionKey()).isNotEqualTo("WriteCopy");
        assertThat(jdbc.queryForList("select * from voice_override where brand_id = ?", brand))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("actor")).isEqualTo(copywriter);
                    assertThat(row.get("writing")).isEqualTo("copy");
                    assertThat(row.get("record_ref")).isEqualTo("content:" + item);
                    assertThat(row.get("task_id")).isNotNull();
                    assertThat((String) row.get("flagged")).contains(
                            "caption: The voice guide avoids \u201ccheap\u201d",
                            "caption: A paid or influencer post must carry #ad");
                    assertThat(row.get("reason")).isEqualTo("The client's own slogan, approved by them in the brief");
                });
    }

    private void open() {
        session = UiSession.signIn(context, users, copywriter);
        UI.getCurrent().navigate("task/" + task().getId());
    }

    private static void write(String caption, String hashtags) {
        _setValue(_get(TextArea.class, spec -> spec.withId("field-caption")), caption);
        _setValue(_get(TextField.class, spec -> spec.withId("field-hashtags")), hashtags);
    }

    private int overrides() {
        return jdbc.queryForObject("select count(*) from voice_override where brand_id = ?", Integer.class, brand);
    }

    private Task task() {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }
}
