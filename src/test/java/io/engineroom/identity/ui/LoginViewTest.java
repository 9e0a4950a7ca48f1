package io.engineroom.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.engineroom.identity.UserDirectory;
import io.engineroom.identity.signin.SignInThrottledException;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/**
 * The login page after a refused sign-in: how long to wait when throttled, nothing more for a wrong password, and why
 * nothing was checked when the form's page had expired.
 */
@EngineRoomIntegrationTest
class LoginViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;

    UiSession session;

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aThrottledSignInSaysHowLongToWait() {
        LoginForm form = afterRefusal(new SignInThrottledException(Duration.ofSeconds(3)));

        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Too many attempts\"")
                .contains("\"message\":\"Too many attempts, try again in 3 s.\"");
    }

    @Test
    void aWrongPasswordSaysOnlyThatItWasWrong() {
        LoginForm form = afterRefusal(new BadCredentialsException("Wrong username or password"));

        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"errorMessage\"").doesNotContain("attempts", "try again in");
    }

    @Test
    void aSignInPageThatHadExpiredSaysThePasswordWasNotChecked() {
        session = UiSession.signIn(context, users, "admin");
        // a refusal of an earlier attempt in the session is not what this page is about
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInThrottledException(Duration.ofSeconds(3)));
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.EXPIRED_PARAMETER, ""));
        LoginForm form = _get(LoginForm.class);

        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Sign-in page expired\"")
                .contains("your password was not checked").doesNotContain("Too many attempts");
    }

    /** The texts the page shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private LoginForm afterRefusal(Exception refusal) {
        session = UiSession.signIn(context, users, "admin");
        // where Spring Security's failure handler leaves it for the page it redirects to
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return _get(LoginForm.class);
    }
}
