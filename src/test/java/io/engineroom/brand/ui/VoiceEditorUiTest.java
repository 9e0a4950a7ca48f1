package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.EmojiPolicy;
import io.engineroom.brand.VoiceGuide;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Voice tab of Brand policies, driven with Karibu-Testing by a social media manager of the brand. */
@EngineRoomIntegrationTest
class VoiceEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    VoiceGuides guides;
    @Autowired
    JdbcTemplate jdbc;

    String brand;
    String manager;
    UiSession session;

    @BeforeEach
    void aBrandWithItsManager() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        brand = "voiceui-" + suffix;
        AsAdmin.run(() -> brands.create(brand, "Voice UI " + suffix, false));
        manager = TestUsers.ensure(users, brands, "voiceui-manager-" + suffix, Role.SOCIAL_MANAGER, brand);
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aManagerWritesTheGuideARefusalLandsAtItsFieldAndTheSavedGuideNamesItsEditor() {
        session = UiSession.signIn(context, users, manager);
        UI.getCurrent().navigate(PoliciesView.class);
        PoliciesView view = _get(PoliciesView.class);
        view.tabs.setSelectedTab(view.tabByTitle.get("Voice"));

        _setValue(_get(TextArea.class, spec -> spec.withId("voice-edit-tone")), "Warm and plain");
        _setValue(_get(TextArea.class, spec -> spec.withId("voice-edit-avoid")), "cheap\nbest in town, cheap");
        _setValue(_get(TextArea.class, spec -> spec.withId("voice-edit-disclosures")), "#ad");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmojiPolicy> emoji = _get(RadioButtonGroup.class, spec -> spec.withId("voice-edit-emoji"));
        _setValue(emoji, EmojiPolicy.SPARINGLY);
        Button save = _get(Button.class, spec -> spec.withId("voice-save"));
        _click(save);

        IntegerField max = _get(IntegerField.class, spec -> spec.withId("voice-edit-emoji-max"));
        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage()).isEqualTo("Used sparingly means 1 to 50 emoji per text");
        assertThat(jdbc.queryForObject("select count(*) from brand_voice_guide where brand_id = ?", Integer.class,
                brand)).as("nothing half-saved").isZero();

        _setValue(max, 2);
        _click(save);

        assertThat(_get(Span.class, spec -> spec.withId("voice-saved")).getText())
                .startsWith("Last saved by " + manager + " at ");
        assertThat(_get(TextArea.class, spec -> spec.withId("voice-edit-avoid")).getValue())
                .isEqualTo("cheap\nbest in town");
        // the UI's own sign-in ends here: the service reads the guide as the manager
        VoiceGuide saved = guide().orElseThrow();
        assertThat(saved.tone()).isEqualTo("Warm and plain");
        assertThat(saved.wordsToAvoid()).containsExactly("cheap", "best in town");
        assertThat(saved.emojiLimit()).isEqualTo(2);
        assertThat(saved.disclosures()).containsExactly("#ad");
        assertThat(saved.updatedBy()).isEqualTo(manager);
    }

    private Optional<VoiceGuide> guide() {
        try (SignedIn signedIn = SignedIn.as(users, manager)) {
            return guides.of(brand);
        }
    }
}
