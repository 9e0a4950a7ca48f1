package io.engineroom.identity.security;

import io.engineroom.identity.IdentitySettings;
import io.engineroom.identity.Role;
import io.engineroom.identity.signin.SignInThrottledException;
import io.engineroom.identity.signin.ThrottledBasicEntryPoint;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may read the actuator ({@code /actuator/**}). The health probes ({@code /actuator/health/liveness},
 * {@code /readiness}) are open, so a load balancer or Kubernetes can ask without an account; they show the status
 * only, their parts and details only to administrators (Spring Boot's {@code show-details: when-authorized}).
 * {@code /actuator/prometheus} is for administrators (signed-in session, or HTTP Basic as {@code /engine-rest} takes
 * it) and for a Prometheus server presenting the scrape token
 * ({@code Authorization: Bearer <ENGINEROOM_METRICS_TOKEN>}, compared in constant time; no token set, no token
 * scraping). Everything else the actuator might expose is for administrators. Refusals are RFC 9457 problem details: 401 for no or a wrong credential, 403 for a signed-in person
 * who is not an administrator.
 *
 * <p>The token check is a filter of this chain with its own authentication manager, not an AuthenticationProvider
 * bean: a second provider bean would stop Spring Security from making the password provider every chain's
 * authentication manager.
 */
@Configuration
class ActuatorSecurity {

    /** The principal of a request that presented the scrape token. */
    static final String SCRAPER = "metrics-scraper";
    /** The one thing the scrape token allows. */
    static final String SCRAPE_METRICS = "SCRAPE_METRICS";
    private static final String REALM = "Engine Room";

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, IdentitySettings settings) throws Exception {
        AuthenticationEntryPoint unauthorized = new Unauthorized();
        AccessDeniedHandler forbidden = (request, response, refusal) -> EngineRestProblems.write(request, response,
                403, "Forbidden", "Only administrators may read " + request.getRequestURI() + ".");
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))
                        .hasAnyAuthority(Role.ADMIN.authority(), SCRAPE_METRICS)
                        .anyRequest().hasAuthority(Role.ADMIN.authority()))
                .addFilterBefore(scrapeToken(settings.metrics(), unauthorized), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                // reads a signed-in person's session, never starts one: a scraper or probe leaves no session behind
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                // read-only GETs; nothing here changes state for a forged request to ride on
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /**
     * Takes a bearer token on the chain's paths: the scrape token signs the request in as {@link #SCRAPER}, anything
     * else is refused at once (401). Without a bearer header, or with token scraping off, it does nothing.
     */
    private static AuthenticationFilter scrapeToken(IdentitySettings.Metrics settings,
            AuthenticationEntryPoint unauthorized) {
        byte[] expected = settings.tokenEnabled() ? sha256(settings.token()) : null;
        AuthenticationManager tokens = presented -> {
            // hashes of equal length, compared without an early exit: the time taken says nothing of the token
            if (expected == null || !MessageDigest.isEqual(expected, sha256((String) presented.getCredentials()))) {
                throw new BadCredentialsException("Wrong metrics token");
            }
            return new PreAuthenticatedAuthenticationToken(SCRAPER, null,
                    List.of(new SimpleGrantedAuthority(SCRAPE_METRICS)));
        };
        AuthenticationFilter filter = new AuthenticationFilter(tokens, request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return new PreAuthenticatedAuthenticationToken(SCRAPER, header.substring(7).trim());
        });
        filter.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"));
        // signed in for this request only; the chain goes on to the endpoint
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(unauthorized::commence);
        return filter;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 401 as a problem, with the challenges a client may answer; a throttled Basic sign-in keeps its 429. */
    private static final class Unauthorized implements AuthenticationEntryPoint {

        private final ThrottledBasicEntryPoint throttled = new ThrottledBasicEntryPoint(REALM);

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
                throws IOException {
            if (refusal instanceof SignInThrottledException) {
                throttled.commence(request, response, refusal);
                return;
            }
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
            EngineRestProblems.write(request, response, 401, "Unauthorized", "Reading " + request.getRequestURI()
                    + " needs an administrator's sign-in or the metrics token.");
        }
    }
}
