package io.engineroom.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.engineroom.identity.signin.SignInThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in page; the form posts to Spring Security, which checks the password against Camunda's identity store. A
 * sign-in refused by the throttle says how long to wait; a wrong password says only that it was wrong.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Engine Room")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Engine Room"), new Paragraph("Your team's social media SOPs, running."), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        LoginI18n i18n = LoginI18n.createDefault();
        if (failed && lastRefusal() instanceof SignInThrottledException throttled) {
            i18n.getErrorMessage().setTitle("Too many attempts");
            i18n.getErrorMessage().setMessage(throttled.getMessage() + ".");
        } else if (failed && lastRefusal() instanceof DisabledException deactivated) {
            i18n.getErrorMessage().setTitle("Account deactivated");
            i18n.getErrorMessage().setMessage(deactivated.getMessage());
        }
        login.setI18n(i18n);
        login.setError(failed);
    }

    /** Why the last sign-in failed: Spring Security keeps it in the session for the page it redirects to. */
    private static Object lastRefusal() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
