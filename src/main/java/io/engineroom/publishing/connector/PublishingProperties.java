package io.engineroom.publishing.connector;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code engineroom.publishing.*}: how long a connector waits for a channel.
 *
 * @param connectTimeout until the connection stands (nothing sent yet, so running out means "not posted")
 * @param timeout until the answer to a sent request arrives (running out means "outcome unknown")
 */
@ConfigurationProperties("engineroom.publishing")
public record PublishingProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration timeout) {
}
