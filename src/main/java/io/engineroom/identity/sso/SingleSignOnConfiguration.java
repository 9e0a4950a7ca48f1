package io.engineroom.identity.sso;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.IdentitySettings;
import io.engineroom.identity.UserDirectory;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single sign-on's parts, made only when an issuer is set: without one Engine Room starts exactly as before, with
 * no client registration, no provider call and no extra filter.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnEnabled.class)
class SingleSignOnConfiguration {

    @Bean
    ProviderRegistration singleSignOnProvider(IdentitySettings settings) {
        return new ProviderRegistration(settings.oidc());
    }

    @Bean
    SingleSignOnAccounts singleSignOnAccounts(IdentityService identityService, UserDirectory users,
            EngineIdentity engine, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
            IdentitySettings settings) {
        return new SingleSignOnAccounts(identityService, users, engine, jdbc, events, clock,
                TokenClaims.from(settings.oidc()));
    }

    @Bean
    SingleSignOnLogin singleSignOnLogin(ProviderRegistration provider, SingleSignOnAccounts accounts) {
        return new SingleSignOnLogin(provider, new SingleSignOnUsers(accounts));
    }
}
