package io.engineroom.demo.platforms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The stand-ins are called by Engine Room's own connectors, as the platforms are: with the platform's token, not a
 * person's session. So their addresses get a chain of their own (only in demo mode, where they exist): open to the
 * connectors' calls, no session, no CSRF token; each stand-in checks the account's token itself, as the platform
 * does. Before the API chain ({@code @Order(0)}), which would ask for a person.
 */
@Configuration
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class DemoPlatformsSecurity {

    static final String PATH = "/demo/platforms";

    @Bean
    @Order(-1)
    SecurityFilterChain demoPlatforms(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PATH + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
