package io.engineroom.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.audit.AdminChangeEntry;
import io.engineroom.base.AdminChange;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The History screen's Administration side: who changed what, before and after, for those who may see it. */
@EngineRoomIntegrationTest
class AdminChangesUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    /** This test's own area, so other tests' changes (and the demo's) never show in its grid. */
    final String area = "ui-test-" + UUID.randomUUID().toString().substring(0, 8);
    UiSession session;

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAuditorSeesAChangeAnAdminMadeWithEachFieldBeforeAndAfter() {
        record(new AdminChange(area, "Bean & Leaf Coffee", "beanleaf", "changed", "admin",
                Instant.parse("2026-11-03T08:30:00Z"), Map.of("Name", "Bean and Leaf", "Regulated", "no"),
                Map.of("Name", "Bean & Leaf Coffee", "Regulated", "yes")));

        AdminChangesView view = open("auditor");
        _setValue(view.filters.area, area);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0).subList(0, 6)).containsExactly("2026-11-03 08:30", "admin",
                "Bean & Leaf Coffee", area, "Bean & Leaf Coffee", "changed");
        assertThat(GridKt._getCellComponent(view.grid, 0, "changes").getElement().getTextRecursively())
                .isEqualTo("Name: Bean and Leaf → Bean & Leaf CoffeeRegulated: no → yes");

        _setValue(view.filters.person, "someone-else");
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.filters.person, "admin");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void aSocialManagerOfOneBrandSeesNoOtherBrandsChangesNorThoseOutsideAnyBrand() {
        String manager;
        try (var admin = SignedIn.as(users, "admin")) {
            manager = TestUsers.ensure(users, brands, "ui-changes-manager-beanleaf", Role.SOCIAL_MANAGER, "beanleaf");
        }
        record(new AdminChange(area, "@northwindbank on X", "northwind", "disabled", "admin", Instant.now(),
                Map.of("Enabled", "yes"), Map.of("Enabled", "no")));
        record(new AdminChange(area, "@beanleafcoffee on Instagram", "beanleaf", "disabled", "admin", Instant.now(),
                Map.of("Enabled", "yes"), Map.of("Enabled", "no")));
        record(new AdminChange(area, "alice", null, "roles changed", "admin", Instant.now(),
                Map.of("Roles", "Copywriter"), Map.of("Roles", "Copywriter, Administrator")));

        AdminChangesView view = open(manager);
        _setValue(view.filters.area, area);

        assertThat(subjects(view)).containsExactly("@beanleafcoffee on Instagram");
        assertThat(view.filters.brand.getListDataView().getItems().map(BrandSummary::id)).containsExactly("beanleaf");

        session.close();
        AdminChangesView admins = open("admin");
        _setValue(admins.filters.area, area);
        assertThat(subjects(admins)).containsExactlyInAnyOrder("@northwindbank on X", "@beanleafcoffee on Instagram",
                "alice");
    }

    @Test
    void theHistoryScreenLeadsToTheAdministrationSide() {
        session = UiSession.signIn(context, users, "auditor");
        UI.getCurrent().navigate(HistoryView.class);

        RouterLink administration = _get(_get(Tab.class, spec -> spec.withId("history-tab-administration")),
                RouterLink.class, spec -> spec.withText("Administration"));
        assertThat(administration.getHref()).isEqualTo("history/administration");
        assertThat(_get(HistoryTabs.class).getSelectedTab().getId()).contains("history-tab-instances");
    }

    private void record(AdminChange change) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(change));
    }

    private AdminChangesView open(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(AdminChangesView.class);
        return _get(AdminChangesView.class);
    }

    private static List<String> subjects(AdminChangesView view) {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            subjects.add(GridKt._get(view.grid, i).subject());
        }
        return subjects;
    }
}
