package io.engineroom.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The shell's side navigation groups the administration screens; the person's name links to their own page. */
@EngineRoomIntegrationTest
class MainLayoutUiTest {

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
    void anAdminFindsTheAdministrationScreensInOneGroup() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate("");

        SideNavItem administration = _get(SideNavItem.class, spec -> spec.withId("nav-administration"));
        assertThat(administration.getLabel()).isEqualTo("Administration");
        assertThat(labels(administration.getItems())).contains("History retention", "Sign-in locks");
        assertThat(administration.getItems()).allMatch(item -> item.getPath().startsWith("admin/"));
        List<SideNavItem> topLevel = _get(SideNav.class).getItems();
        assertThat(labels(topLevel)).contains("Administration", "My work", "History")
                .doesNotContain("History retention", "Sign-in locks");
        assertThat(topLevel).filteredOn(item -> item.getPath() != null)
                .noneMatch(item -> item.getPath().startsWith("admin/"));
    }

    @Test
    void aCopywriterSeesNoAdministrationGroup() {
        session = UiSession.signIn(context, users, "copywriter");
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-administration"))).isEmpty();
        assertThat(labels(_get(SideNav.class).getItems())).contains("My work")
                .doesNotContain("Administration", "History retention", "Sign-in locks");
    }

    @Test
    void theSignedInPersonsNameLeadsToTheirProfile() {
        session = UiSession.signIn(context, users, "copywriter");
        UI.getCurrent().navigate("");

        Anchor who = _get(Anchor.class, spec -> spec.withId("signed-in-user"));
        assertThat(who.getText()).isEqualTo("copywriter");
        assertThat(who.getHref()).isEqualTo("profile");
    }

    private static List<String> labels(List<SideNavItem> items) {
        return items.stream().map(SideNavItem::getLabel).toList();
    }
}
