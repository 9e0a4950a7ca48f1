package io.engineroom.identity.security;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.DeploymentReviewNotes;
import io.engineroom.identity.IdentitySettings;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The trust boundary around Camunda's REST resources and webapps: the allow-list gate, then the upload cap and who
 * deploys for which brand, then the note on Modeler's deployment answer that the deployment waits for review.
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
            CurrentUser currentUser, IdentityService identityService) {
        // brands are Camunda tenants; read before the engine knows the caller, so no authorization check applies
        var registration = new FilterRegistrationBean<>(new EngineRestUploads(settings.engineRest(), currentUser,
                brand -> identityService.createTenantQuery().tenantId(brand).count() > 0));
        registration.addUrlPatterns("/*");
        registration.setOrder(-40);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ModelerDeployAnswer> modelerDeployAnswer(ObjectProvider<DeploymentReviewNotes> notes) {
        var registration = new FilterRegistrationBean<>(new ModelerDeployAnswer(
                () -> Optional.ofNullable(notes.getIfAvailable())));
        registration.addUrlPatterns("/*"); // the filter picks Modeler's deployment call itself, on every mount
        registration.setOrder(-30); // after the refusals above: only a deployment that may proceed is answered
        return registration;
    }
}
