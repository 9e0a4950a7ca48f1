package io.engineroom.identity.sso;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Adds "Sign in with ..." to the UI's filter chain (SecurityConfiguration asks for this bean, which exists only
 * when single sign-on is on): the authorization code flow with the provider, the login page's error for any
 * refusal, and nothing kept beyond the session (the provider's tokens are not needed after the sign-in).
 */
public class SingleSignOnLogin {

    /** Where the login page's button sends the browser (relative to the application's root). */
    public static final String START_PATH = "oauth2/authorization/" + ProviderRegistration.ID;

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnLogin.class);
    private static final String REFUSED = "/login?error";

    private final ProviderRegistration provider;
    private final SingleSignOnUsers users;

    SingleSignOnLogin(ProviderRegistration provider, SingleSignOnUsers users) {
        this.provider = provider;
        this.users = users;
    }

    /** Back to the login page, which says why; the log says it too, for whoever runs Engine Room. */
    private static AuthenticationFailureHandler refused() {
        AuthenticationFailureHandler toLoginPage = new SimpleUrlAuthenticationFailureHandler(REFUSED);
        return (request, response, refusal) -> {
            LOG.warn("Single sign-on signed nobody in: {}", refusal.getMessage(), refusal.getCause());
            toLoginPage.onAuthenticationFailure(request, response, refusal);
        };
    }

    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(provider)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(new SignedInAsEngineRoomUser())
                .failureHandler(refused())
                // a provider that cannot be reached: the login page says so, instead of an error page
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(refused());
                        return filter;
                    }
                }));
    }
}
