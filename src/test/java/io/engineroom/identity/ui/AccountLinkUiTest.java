package io.engineroom.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.identity.PeopleTeam.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.identity.AccountLinks;
import io.engineroom.identity.IssuedLink;
import io.engineroom.identity.People;
import io.engineroom.identity.PeopleTeam;
import io.engineroom.identity.PersonAccounts;
import io.engineroom.identity.PersonForm;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestMailServer;
import io.engineroom.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The one-time link pages: an invited person chooses a password (the policy's message next to the field) and signs
 * in with it through the real login form; the link then works no more; an expired link says so; a reset link
 * replaces the password.
 */
@EngineRoomIntegrationTest
class AccountLinkUiTest {

    static final String CHOSEN = "Chosen-Pass-42";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    People people;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    AccountLinks links;
    @LocalServerPort
    int port;

    @BeforeEach
    void team() {
        PeopleTeam.ensure(users, brands);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        TestClock.get().reset();
    }

    @Test
    void anInvitedPersonChoosesAPasswordAndSignsInWithItAndTheLinkThenWorksNoMore() throws Exception {
        String id = "ppl-invited-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedLink link = invite(id);
        assertThat(link.emailed()).isTrue();

        AccountLinkPages.openAnonymously(context, link.url());
        assertThat(state()).contains("choose your password").contains(id);
        _setValue(password(), "short");
        _setValue(repeat(), "short");
        _click(save());
        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).startsWith("The password needs at least 10 characters");
        assertThat(links.check(token(link)).open()).as("a refused password leaves the link open").isTrue();

        _setValue(password(), CHOSEN);
        _setValue(repeat(), CHOSEN + "x");
        _click(save());
        assertThat(repeat().getErrorMessage()).isEqualTo("The two passwords differ");

        _setValue(repeat(), CHOSEN);
        _click(save());
        assertThat(state()).isEqualTo("Your password is set. Sign in as " + id + " with it.");

        new FormLoginClient(port).signIn(id, CHOSEN);
        assertThat(mailTo(id + "@example.com")).contains(link.url());

        MockVaadin.tearDown();
        AccountLinkPages.openAnonymously(context, link.url());
        assertThat(state()).startsWith("This link was used already");
        assertThat(_find(PasswordField.class, spec -> spec.withId("link-password"))).isEmpty();
        assertThatThrownBy(() -> links.redeem(token(link), "Another-Pass-43")).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("This link was used already");
    }

    @Test
    void anExpiredInvitationSaysSoAndSetsNothing() {
        String id = "ppl-late-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedLink link = invite(id);
        TestClock.get().moveBy(Duration.ofDays(7).plusMinutes(1));

        AccountLinkPages.openAnonymously(context, link.url());

        assertThat(state()).startsWith("This link has expired");
        assertThat(_find(Button.class, spec -> spec.withId("link-save"))).isEmpty();
        assertThatThrownBy(() -> links.redeem(token(link), CHOSEN)).isInstanceOf(InvalidInput.class);
        assertThat(users.checkPassword(id, CHOSEN)).isFalse();
    }

    @Test
    void aResetLinkReplacesThePasswordAndANewerLinkEndsTheOlderOne() throws Exception {
        String person = PeopleTeam.fresh(users, brands, "ppl-forgot", Role.COPYWRITER, ALPHA);
        IssuedLink older;
        IssuedLink newer;
        try (var manager = SignedIn.as(users, PeopleTeam.MANAGER_ALPHA)) {
            older = accounts.resetPassword(person);
            newer = accounts.resetPassword(person);
        }
        assertThat(links.check(token(older)).open()).isFalse();

        AccountLinkPages.openAnonymously(context, newer.url());
        _setValue(password(), CHOSEN);
        _setValue(repeat(), CHOSEN);
        _click(save());

        assertThat(users.checkPassword(person, TestUsers.PASSWORD)).isFalse();
        new FormLoginClient(port).signIn(person, CHOSEN);
    }

    @Test
    void anUnknownLinkSaysSo() {
        AccountLinkPages.openAnonymously(context, "https://engine-room.example/invitation/not-a-token");

        assertThat(state()).startsWith("This link is not known");
        assertThat(_find(Button.class, spec -> spec.withId("link-save"))).isEmpty();
    }

    private IssuedLink invite(String id) {
        try (var admin = SignedIn.as(users, "admin")) {
            return people.invite(new PersonForm(id, "Ivy", "Invited", id + "@example.com", Set.of(Role.COPYWRITER),
                    Set.of(ALPHA)));
        }
    }

    private static String mailTo(String address) throws Exception {
        for (int tries = 0; tries < 50; tries++) {
            MimeMessage[] mails = Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(mail -> {
                try {
                    return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
                } catch (Exception e) {
                    return false;
                }
            }).toArray(MimeMessage[]::new);
            if (mails.length > 0) {
                return String.valueOf(mails[0].getContent());
            }
            Thread.sleep(100);
        }
        return "";
    }

    private static String token(IssuedLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private static String state() {
        return _get(Paragraph.class, spec -> spec.withId("link-state")).getText();
    }

    private static PasswordField password() {
        return _get(PasswordField.class, spec -> spec.withId("link-password"));
    }

    private static PasswordField repeat() {
        return _get(PasswordField.class, spec -> spec.withId("link-password-repeat"));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("link-save"));
    }
}
