package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The setup guide on an installation that is set up (the demo's): nobody is sent to it, and it shows each step
 * done with the way to its screen. (The empty installation is the browser journey's and {@link FirstRunGuideTest}'s.)
 */
@EngineRoomIntegrationTest
class SetupGuideUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;

    UiSession session;

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAdminIsNotSentToTheGuideOnceBrandsExist() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate("");

        assertThat(_find(SetupGuideView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void theGuideShowsTheDoneStepsAndLeadsToTheirScreens() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(SetupGuideView.class);
        SetupGuideView guide = _get(SetupGuideView.class);

        assertThat(guide.brand.state.getText()).isEqualTo("Done");
        assertThat(guide.channel.state.getText()).isEqualTo("Done");
        assertThat(guide.people.state.getText()).isEqualTo("Done");
        assertThat(guide.done.state.getText()).isEqualTo("Done");
        assertThat(_get(Button.class, spec -> spec.withId("setup-brand-open")).getText()).isEqualTo("Brands");
        assertThat(List.of(guide.brand.route, guide.channel.route, guide.people.route))
                .containsExactly("admin/brands", "admin/channels", "admin/people");

        _click(_get(Button.class, spec -> spec.withId("setup-done-open")));
        assertThat(_find(SetupGuideView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void onlyAdminsOpenTheGuide() {
        assertThat(SetupGuideView.class.getAnnotation(RolesAllowed.class).value()).containsExactly("admin");
    }
}
