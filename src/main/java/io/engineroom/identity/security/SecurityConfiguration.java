package io.engineroom.identity.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.Role;
import io.engineroom.identity.signin.ThrottledBasicEntryPoint;
import io.engineroom.identity.sso.SingleSignOnLogin;
import io.engineroom.identity.ui.LoginView;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. Four filter chains: the channels' API ({@code /api/**}) authenticates each delivery by
 * its channel's credentials; the Camunda REST API (used by Camunda Modeler) takes HTTP Basic and keeps no
 * session; the actuator has a chain of its own (ActuatorSecurity); everything else is the Vaadin UI behind a login
 * page, with single sign-on beside it when set up. Only the login page, the health probes and the OpenAPI document
 * are open. Passwords are checked by the one
 * AuthenticationProvider bean (CamundaIdentityAuthenticationProvider), which Spring Security makes every chain's
 * authentication manager: registering it on a chain as well would run it twice for each wrong password (the
 * chain's manager, then the shared one), counting every failure twice.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ThrottledBasicEntryPoint("Engine Room")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic: no session cookie a forged cross-site request could ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The REST API for channels and systems ({@code /api/**}): no session, no cookies, so no CSRF; no login form
     * or Basic prompt. {@code POST /api/interactions} checks the delivering channel's token or signature itself
     * (the credential belongs to the channel named in the body, and the signature covers the raw body); any other
     * path is refused until it gets a rule of its own. Meta's webhooks and the public media addresses Instagram fetches
     * from check their own proof (a signature, a random token).
     */
    @Bean
    @Order(0)
    SecurityFilterChain channelApi(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.POST, "/api/interactions")).permitAll()
                        // a channel asks after one of its interactions, with the same credentials it delivers with
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.GET, "/api/interactions/*")).permitAll()
                        // Meta's webhooks: the GET handshake repeats the verify token, each POST is signed with the
                        // app secret (X-Hub-Signature-256); both are checked by the endpoint itself
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/api/webhooks/meta"))
                        .permitAll()
                        // media for a platform to fetch: the random token in the address is the permission
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.GET, "/api/media/public/*")).permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, RequestUtil vaadinRequests,
            ObjectProvider<SingleSignOnLogin> singleSignOn) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // error pages of refused requests (e.g. a 401 from /engine-rest) stay what they are
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Camunda Admin's first-admin wizard: administrators come from Engine Room, never from it
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/admin/setup/**"))
                        .denyAll()
                        // the OpenAPI document is the contract integrators build against, public like the API it
                        // describes; its browsable page (which also sends requests) is for administrators
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"))
                        .permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
                                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"))
                        .hasAuthority(Role.ADMIN.authority()))
                // CSRF everywhere, the login form included (Vaadin's default leaves the login post open to login
                // CSRF). Vaadin's own requests carry Vaadin's CSRF token; the Camunda webapps carry their own.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest,
                                PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                        .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                            @Override
                            public <F extends CsrfFilter> F postProcess(F filter) {
                                filter.setAccessDeniedHandler(new ExpiredSignInForm());
                                return filter;
                            }
                        }))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                        .enableCsrfConfiguration(false));
        // "Sign in with ..." beside the password form, when single sign-on is set up
        SingleSignOnLogin login = singleSignOn.getIfAvailable();
        if (login != null) {
            login.configure(http);
        }
        return http.build();
    }

    /** Runs every authenticated request as its user inside the engine, so Camunda's own checks apply. */
    @Bean
    FilterRegistrationBean<CamundaAuthenticationFilter> camundaAuthenticationFilter(EngineIdentity engineIdentity,
            CurrentUser currentUser) {
        var registration = new FilterRegistrationBean<>(new CamundaAuthenticationFilter(engineIdentity, currentUser));
        registration.addUrlPatterns("/*");
        registration.setOrder(100); // after the Spring Security filter chain (-100)
        return registration;
    }

    /** Single sign-on for the Camunda webapps: they take the user Spring Security signed in. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }
}
