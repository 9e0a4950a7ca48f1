package io.engineroom.inbox;

import io.engineroom.inbox.web.IntakeRateLimitSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the intake's rate limits of {@link InboxSettings} to the limiter, which needs only them. */
@Configuration
class InboxConfiguration {

    @Bean
    IntakeRateLimitSettings intakeRateLimitSettings(InboxSettings settings) {
        return settings.intake().rateLimit();
    }
}
