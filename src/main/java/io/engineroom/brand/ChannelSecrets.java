package io.engineroom.brand;

import io.engineroom.base.SealedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The channel's secrets kept sealed at rest (the entity's {@code @Convert(converter = SealedSecret.class)}
 * columns): plain-text and older-key values are sealed again at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ChannelSecrets {

    @Bean
    SealedColumns channelSecretColumns() {
        return new SealedColumns("channel", "id", "access_token", "refresh_token", "webhook_secret");
    }
}
