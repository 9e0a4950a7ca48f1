package io.engineroom.publishing;

import io.engineroom.base.SealedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The publishing module's secrets kept sealed at rest: a pending OAuth authorization's PKCE code verifier (plain-text
 * and older-key values are sealed again at start-up).
 */
@Configuration(proxyBeanMethods = false)
class PublishingSecrets {

    @Bean
    SealedColumns oauthAuthorizationSecretColumns() {
        return new SealedColumns("oauth_authorization", "state", "code_verifier");
    }
}
