package io.engineroom.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the asset limits of {@link ContentSettings} to those that need only them. */
@Configuration
class ContentConfiguration {

    @Bean
    AssetLimits assetLimits(ContentSettings settings) {
        return settings.assets();
    }
}
