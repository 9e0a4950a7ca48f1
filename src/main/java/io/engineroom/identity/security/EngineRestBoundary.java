package io.engineroom.identity.security;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.IdentitySettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The trust boundary around Camunda's REST resources and webapps: the allow-list gate, then the upload cap.
 * Both run right after Spring Security (which signs the caller in) and before Engine Room's engine identity
 * (order 100) and the Camunda webapps' own filters, so nothing of the engine has seen a refused request.
 */
@Configuration
class EngineRestBoundary {

    @Bean
    FilterRegistrationBean<EngineRestGate> engineRestGate(CurrentUser currentUser) {
        var registration = new FilterRegistrationBean<>(new EngineRestGate(currentUser));
        registration.addUrlPatterns("/*"); // every path: the gate classifies it itself, encoded forms included
        registration.setOrder(-50); // after the Spring Security filter chain (-100)
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineRestUploads> engineRestUploads(IdentitySettings settings,
            CurrentUser currentUser) {
        var registration = new FilterRegistrationBean<>(new EngineRestUploads(settings.engineRest(), currentUser));
        registration.addUrlPatterns("/*");
        registration.setOrder(-40);
        return registration;
    }
}
