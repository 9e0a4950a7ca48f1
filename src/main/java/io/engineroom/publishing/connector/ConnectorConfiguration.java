package io.engineroom.publishing.connector;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PublishingProperties.class)
class ConnectorConfiguration {

    @Bean
    ConnectorHttp connectorHttp(PublishingProperties properties) {
        return new ConnectorHttp(properties.connectTimeout(), properties.timeout());
    }
}
