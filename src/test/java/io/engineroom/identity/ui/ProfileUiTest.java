package io.engineroom.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.identity.PeopleTeam.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.PeopleTeam;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A person's own profile: name, e-mail and the address notices go to, and a password change that needs the current
 * password and meets the policy; refusals show next to their fields and change nothing.
 */
@EngineRoomIntegrationTest
class ProfileUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;

    UiSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aPersonChangesTheirNameAndWhereNoticesGoAndBadAddressesAreRefusedNextToTheField() {
        PeopleTeam.ensure(users, brands);
        String me = PeopleTeam.fresh(users, brands, "ppl-profile", Role.ANALYST, ALPHA);
        session = UiSession.signIn(context, users, me);
        UI.getCurrent().navigate(ProfileView.class);
        EmailField notify = _get(EmailField.class, spec -> spec.withId("profile-notification-address"));
        _setValue(notify, "not an address");
        _setValue(text("profile-first-name"), "Petra");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));

        assertThat(notify.isInvalid()).isTrue();
        assertThat(users.load(me).orElseThrow().displayName()).isEqualTo(me + " (test)");

        _setValue(notify, "petra.notices@example.org");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));

        assertThat(users.load(me).orElseThrow().displayName()).isEqualTo("Petra (test)");
        assertThat(users.email(me)).contains("petra.notices@example.org");

        _setValue(notify, "");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));

        assertThat(users.email(me)).contains(me + "@example.com");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndMeetsThePolicy() {
        PeopleTeam.ensure(users, brands);
        String me = PeopleTeam.fresh(users, brands, "ppl-password", Role.ANALYST, ALPHA);
        session = UiSession.signIn(context, users, me);
        UI.getCurrent().navigate(ProfileView.class);
        Button change = _get(Button.class, spec -> spec.withId("profile-password-save"));

        _setValue(password("profile-current-password"), "wrong");
        _setValue(password("profile-new-password"), "New-Password-7");
        _setValue(password("profile-repeat-password"), "New-Password-7");
        _click(change);
        assertThat(password("profile-current-password").getErrorMessage())
                .isEqualTo("That is not your current password");

        _setValue(password("profile-current-password"), TestUsers.PASSWORD);
        _setValue(password("profile-new-password"), "simple");
        _setValue(password("profile-repeat-password"), "simple");
        _click(change);
        assertThat(password("profile-new-password").isInvalid()).isTrue();
        assertThat(password("profile-new-password").getErrorMessage()).startsWith("The password needs");
        assertThat(users.checkPassword(me, TestUsers.PASSWORD)).isTrue();

        _setValue(password("profile-current-password"), TestUsers.PASSWORD);
        _setValue(password("profile-new-password"), "New-Password-7");
        _setValue(password("profile-repeat-password"), "New-Password-7");
        _click(change);

        assertThat(users.checkPassword(me, "New-Password-7")).isTrue();
        assertThat(users.checkPassword(me, TestUsers.PASSWORD)).isFalse();
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static PasswordField password(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }
}
