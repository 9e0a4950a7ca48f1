package io.engineroom.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.notification.Notice;
import io.engineroom.notification.NoticeDelivery;
import io.engineroom.notification.NoticeKind;
import io.engineroom.notification.NoticePreferences;
import io.engineroom.notification.Notifications;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The notification preferences screen, driven with Karibu-Testing on the real application. */
@EngineRoomIntegrationTest
class NotificationPreferencesUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    Notifications notifications;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    String person;
    UiSession session;

    @BeforeEach
    void someoneOfBeanAndLeaf() {
        person = TestUsers.ensure(users, brands, "ui-prefs-" + UUID.randomUUID().toString().substring(0, 8),
                Role.SOCIAL_MANAGER, "beanleaf");
        session = UiSession.signIn(context, users, person);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void theNotificationsScreenLeadsToMyPreferencesWhichShowTheDefaults() {
        UI.getCurrent().navigate(NotificationsView.class);
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("notifications-preferences")));

        _get(NotificationPreferencesView.class);
        assertThat(choice(NoticeKind.SLA_BREACH).getValue()).isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(timeZone().getValue()).as("Bean & Leaf's").isEqualTo("Europe/Berlin");
    }

    @Test
    void choosingTheDigestForAKindIsSavedWithAConfirmation() {
        UI.getCurrent().navigate(NotificationPreferencesView.class);

        _setValue(choice(NoticeKind.SLA_BREACH), NoticeDelivery.DIGEST);
        _setValue(choice(NoticeKind.SOP_CHANGE), NoticeDelivery.IN_APP);
        ComboBoxKt.selectByLabel(timeZone(), "America/Chicago");
        _click(save());

        NotificationsKt.expectNotifications("Your notification preferences are saved");
        assertThat(preferences.deliveryFor(person, NoticeKind.SLA_BREACH)).isEqualTo(NoticeDelivery.DIGEST);
        assertThat(preferences.deliveryFor(person, NoticeKind.SOP_CHANGE)).isEqualTo(NoticeDelivery.IN_APP);
        assertThat(preferences.deliveryFor(person, NoticeKind.REVIEW_REMINDER)).isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(preferences.timeZoneOf(person)).isEqualTo(ZoneId.of("America/Chicago"));

        notifications.send(new Notice(person, "A reply is late", "Answer it.", null, "ui-prefs:" + person,
                NoticeKind.SLA_BREACH, null));
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(GridKt._getFormatted(_get(NotificationsView.class).grid, 0, "email"))
                .isEqualTo("in the daily digest");
        UI.getCurrent().navigate(NotificationPreferencesView.class);
        assertThat(choice(NoticeKind.SLA_BREACH).getValue()).as("shown again").isEqualTo(NoticeDelivery.DIGEST);
        assertThat(timeZone().getValue()).isEqualTo("America/Chicago");
    }

    @Test
    void crisisNoticesAreShownFixedAtOnceWithTheReason() {
        UI.getCurrent().navigate(NotificationPreferencesView.class);

        Select<NoticeDelivery> crisis = choice(NoticeKind.CRISIS);
        assertThat(crisis.getValue()).isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(crisis.isEnabled()).isFalse();
        assertThat(crisis.getHelperText()).contains("cannot be changed");
        assertThatThrownBy(() -> _setValue(crisis, NoticeDelivery.IN_APP)).isInstanceOf(IllegalStateException.class);
        assertThat(crisis.getValue()).isEqualTo(NoticeDelivery.IMMEDIATE);
    }

    @Test
    void anUnknownTimeZoneGetsAMessageAtTheFieldAndNothingIsSaved() {
        UI.getCurrent().navigate(NotificationPreferencesView.class);

        _setValue(choice(NoticeKind.SLA_BREACH), NoticeDelivery.DIGEST);
        ComboBoxKt._fireCustomValueSet(timeZone(), "Mars/Olympus_Mons");
        _click(save());

        assertThat(timeZone().isInvalid()).isTrue();
        assertThat(timeZone().getErrorMessage()).contains("'Mars/Olympus_Mons' is no time zone");
        NotificationsKt.expectNoNotifications();
        assertThat(preferences.deliveryFor(person, NoticeKind.SLA_BREACH)).isEqualTo(NoticeDelivery.IMMEDIATE);
        assertThat(preferences.timeZoneOf(person)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @SuppressWarnings("unchecked")
    private static Select<NoticeDelivery> choice(NoticeKind kind) {
        return _get(Select.class, spec -> spec.withId("notice-preferences-" + kind.code()));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> timeZone() {
        return _get(ComboBox.class, spec -> spec.withId("notice-preferences-time-zone"));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("notice-preferences-save"));
    }
}
