package io.engineroom.notification;

import io.engineroom.base.SealedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What notification keeps sealed at rest: each event webhook subscription's signing secret, and each team chat's
 * incoming-webhook address (whoever has a Slack or Teams webhook address can post to that chat).
 */
@Configuration(proxyBeanMethods = false)
class NotificationSecrets {

    @Bean
    SealedColumns webhookSubscriptionSecretColumns() {
        return new SealedColumns("webhook_subscription", "id", "secret");
    }

    @Bean
    SealedColumns chatTargetSecretColumns() {
        return new SealedColumns("chat_target", "id", "webhook_url");
    }
}
