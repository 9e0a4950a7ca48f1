package io.engineroom.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.Notice;
import io.engineroom.notification.NoticeSummary;
import io.engineroom.notification.Notifications;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.ui.MyWorkView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The header's bell and the Notifications screen, driven with Karibu-Testing on the real application. */
@EngineRoomIntegrationTest
class NotificationsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String person;
    UiSession session;

    @BeforeEach
    void someoneWithTwoNotices() {
        person = TestUsers.ensure(users, brands, "bell-" + UUID.randomUUID().toString().substring(0, 8),
                Role.CRISIS_LEAD, "beanleaf");
        send("Assess the incident", "/");
        send("Draft the holding statement", "/notifications");
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theBellCountsOpenNoticesAndRecountsWhenTheScreenPolls() {
        session = UiSession.signIn(context, users, person);
        UI.getCurrent().navigate(MyWorkView.class);

        assertThat(count().getText()).isEqualTo("2");
        assertThat(count().isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(NotificationBell.POLL_MILLIS);

        send("Status update due", null);
        assertThat(count().getText()).as("not before the next poll").isEqualTo("2");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(count().getText()).isEqualTo("3");
    }

    @Test
    void theScreenListsMyNoticesRecordsThemShownAndAcknowledges() {
        session = UiSession.signIn(context, users, person);
        UI.getCurrent().navigate(MyWorkView.class);
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));

        NotificationsView view = _get(NotificationsView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        NoticeSummary newest = GridKt._get(view.grid, 0);
        assertThat(newest.subject()).isEqualTo("Draft the holding statement");
        assertThat(GridKt._get(view.grid, 1).subject()).isEqualTo("Assess the incident");
        assertThat(_get(GridKt._getCellComponent(view.grid, 0, "notice"), Anchor.class).getHref())
                .isEqualTo("/notifications");
        assertThat(notifications.mine()).allSatisfy(notice -> assertThat(notice.shownAt()).isNotNull());

        Button acknowledge = _get(GridKt._getCellComponent(view.grid, 0, "state"), Button.class);
        assertThat(acknowledge.getId()).contains("acknowledge-" + newest.id());
        _click(acknowledge);

        NoticeSummary acknowledged = notifications.mine().get(0);
        assertThat(acknowledged.id()).isEqualTo(newest.id());
        assertThat(acknowledged.acknowledgedAt()).isNotNull();
        assertThat(notifications.mine().get(1).acknowledgedAt()).isNull();
        assertThat(GridKt._get(view.grid, 0).acknowledgedAt()).isEqualTo(acknowledged.acknowledgedAt());
        assertThat(GridKt._getCellComponent(view.grid, 0, "state").getElement().getText())
                .startsWith("Acknowledged");
        assertThat(count().getText()).as("the bell recounts at once").isEqualTo("1");
    }

    @Test
    void nobodyElsesNoticesAreListed() {
        long theirs = notifications.send(new Notice("executive", "Sign off the statement", "Please.", null,
                "ui-test:" + person));
        session = UiSession.signIn(context, users, "executive");
        UI.getCurrent().navigate(NotificationsView.class);

        List<NoticeSummary> listed = GridKt._fetch(_get(NotificationsView.class).grid, 0, 1000);
        assertThat(listed).extracting(NoticeSummary::id).contains(theirs);
        assertThat(listed).extracting(NoticeSummary::recipient).containsOnly("executive");
    }

    private void send(String subject, String link) {
        notifications.send(new Notice(person, subject, "Details follow.", link, "ui-test:" + person));
    }

    private static Span count() {
        return _get(Span.class, spec -> spec.withId("notification-count"));
    }
}
