package io.engineroom.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.FreezeService;
import io.engineroom.publishing.FreezeSummary;
import io.engineroom.publishing.ReleaseChoice;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Freezing and releasing a brand's publishing from the calendar, and who sees which buttons. */
@EngineRoomIntegrationTest
class FreezeUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    FreezeService freezes;

    String brand;
    UiSession session;

    @BeforeEach
    void aBrandOfTheDemoTeam() {
        brand = "freeze-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Freeze Test " + brand, false));
        brands.addMember(brand, "social-manager");
        brands.addMember(brand, "copywriter");
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aSocialManagerFreezesWithAReasonAndReleasesWithAChoice() {
        openCalendarAs("social-manager");

        _click(_get(Button.class, spec -> spec.withId("freeze-publishing")));
        _click(_get(Button.class, spec -> spec.withId("confirm-freeze")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("freeze-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(freezes.isFrozen(brand)).isFalse();

        _setValue(reason, "Outage: no promotion while customers cannot pay");
        _click(_get(Button.class, spec -> spec.withId("confirm-freeze")));
        assertThat(freezes.isFrozen(brand)).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("freeze-state")).getText())
                .contains("by social-manager").contains("Outage: no promotion");

        _click(_get(Button.class, spec -> spec.withId("release-publishing")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReleaseChoice> choice = _get(RadioButtonGroup.class, spec -> spec.withId("release-choice"));
        _setValue(choice, ReleaseChoice.BACK_TO_REVIEW);
        _click(_get(Button.class, spec -> spec.withId("confirm-release")));

        assertThat(freezes.isFrozen(brand)).isFalse();
        assertThat(_find(Span.class, spec -> spec.withId("freeze-state"))).isEmpty();
        assertThat(freezes.history(brand)).extracting(FreezeSummary::releaseChoice)
                .containsExactly(ReleaseChoice.BACK_TO_REVIEW);
    }

    @Test
    void aCopywriterSeesTheFreezeButCannotTouchIt() {
        freezes.freeze(brand, "Crisis call at 10:00", "social-manager");

        openCalendarAs("copywriter");

        assertThat(_get(Span.class, spec -> spec.withId("freeze-state")).getText()).contains("Crisis call at 10:00");
        assertThat(_find(Button.class, spec -> spec.withId("release-publishing"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("freeze-publishing"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void openCalendarAs(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(CalendarView.class);
        ComboBox<BrandSummary> brandBox = _get(ComboBox.class, spec -> spec.withId("calendar-brand"));
        _setValue(brandBox, brandBox.getListDataView().getItems().filter(b -> b.id().equals(brand)).findFirst()
                .orElseThrow());
    }
}
