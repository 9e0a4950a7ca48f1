package io.engineroom.publishing.connector;

import io.engineroom.base.OutboundAddresses;
import io.engineroom.publishing.PublishingSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ConnectorConfiguration {

    @Bean
    ConnectorHttp connectorHttp(PublishingSettings settings, OutboundAddresses addresses) {
        PublishingProperties properties = settings.publishing();
        return new ConnectorHttp(properties.connectTimeout(), properties.timeout(), addresses);
    }
}
