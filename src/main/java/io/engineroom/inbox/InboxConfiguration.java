package io.engineroom.inbox;

import io.engineroom.inbox.web.IntakeRateLimitSettings;
import io.engineroom.inbox.classification.SentenceEmbeddings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the intake's rate limits of {@link InboxSettings} to the limiter, which needs only them; and makes the one
 * sentence embedding model every reader of meaning shares (loading it takes a moment, so once per application).
 */
@Configuration
class InboxConfiguration {

    @Bean
    IntakeRateLimitSettings intakeRateLimitSettings(InboxSettings settings) {
        return settings.intake().rateLimit();
    }

    @Bean
    SentenceEmbeddings sentenceEmbeddings() {
        return new SentenceEmbeddings();
    }
}
