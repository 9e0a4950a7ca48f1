package io.engineroom.identity.ui;

import com.vaadin.flow.component.html.Anchor;
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
import io.engineroom.identity.IdentitySettings;
import io.engineroom.identity.signin.SignInThrottledException;
import io.engineroom.identity.sso.SingleSignOnLogin;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in page; the form posts to Spring Security, which checks the password against Camunda's identity store. With
 * single sign-on set up, "Sign in with ..." beside it starts the provider's sign-in. A sign-in refused by the
 * throttle says how long to wait; a wrong password says only that it was wrong; a refused single sign-on says why
 * (it is about the person's own token: no Engine Room role, deactivated, ...).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Engine Room")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * In the address when a sign-in form came back refused because its page had outlived its session (see
     * identity.security's ExpiredSignInForm): the form opens again, saying why the password was not checked.
     */
    public static final String EXPIRED_PARAMETER = "expired";

    private final LoginForm login = new LoginForm();

    public LoginView(IdentitySettings settings) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Engine Room"), new Paragraph("Your team's social media SOPs, running."), login);
        if (settings.oidc().enabled()) {
            Anchor singleSignOn = new Anchor(SingleSignOnLogin.START_PATH,
                    "Sign in with " + settings.oidc().displayName());
            singleSignOn.setId("login-sso");
            singleSignOn.setRouterIgnore(true); // a server redirect to the provider, not a Vaadin route
            add(singleSignOn);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean expired = parameters.containsKey(EXPIRED_PARAMETER);
        boolean failed = expired || parameters.containsKey("error");
        LoginI18n i18n = LoginI18n.createDefault();
        Object refusal = failed && !expired ? lastRefusal() : null;
        if (expired) {
            i18n.getErrorMessage().setTitle("Sign-in page expired");
            i18n.getErrorMessage().setMessage("The page you signed in from had expired, so your password was not "
                    + "checked. Sign in again.");
        } else if (refusal instanceof SignInThrottledException throttled) {
            i18n.getErrorMessage().setTitle("Too many attempts");
            i18n.getErrorMessage().setMessage(throttled.getMessage() + ".");
        } else if (refusal instanceof DisabledException deactivated) {
            i18n.getErrorMessage().setTitle("Account deactivated");
            i18n.getErrorMessage().setMessage(deactivated.getMessage());
        } else if (refusal instanceof OAuth2AuthenticationException sso
                && OAuth2ErrorCodes.ACCESS_DENIED.equals(sso.getError().getErrorCode())
                && sso.getError().getDescription() != null) {
            i18n.getErrorMessage().setTitle("Single sign-on refused");
            i18n.getErrorMessage().setMessage(sso.getError().getDescription());
        } else if (refusal instanceof AuthenticationException other && isSingleSignOn(other)) {
            i18n.getErrorMessage().setTitle("Single sign-on failed");
            i18n.getErrorMessage().setMessage("The sign-in service could not be reached or its answer was not "
                    + "accepted. Try again, or sign in with your password.");
        }
        login.setI18n(i18n);
        login.setError(failed);
    }

    private static boolean isSingleSignOn(AuthenticationException refusal) {
        return refusal instanceof OAuth2AuthenticationException
                || refusal.getClass().getName().startsWith("org.springframework.security.oauth2.");
    }

    /** Why the last sign-in failed: Spring Security keeps it in the session for the page it redirects to. */
    private static Object lastRefusal() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
