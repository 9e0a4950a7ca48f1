package io.engineroom.inbox;

import io.engineroom.base.SealedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intake's signing secrets, kept sealed at rest (verifying a signature needs the secret itself); the API tokens
 * are kept only as their SHA-256 and need no sealing.
 */
@Configuration(proxyBeanMethods = false)
class IntakeSecrets {

    @Bean
    SealedColumns intakeSecretColumns() {
        return new SealedColumns("intake_credential", "channel_id", "signing_secret");
    }
}
