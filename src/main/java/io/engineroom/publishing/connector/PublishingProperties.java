package io.engineroom.publishing.connector;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code engineroom.publishing.*} (part of {@link io.engineroom.publishing.PublishingSettings}): how long a connector waits for a channel.
 *
 * @param connectTimeout until the connection stands (nothing sent yet, so running out means "not posted")
 * @param timeout until the answer to a sent request arrives (running out means "outcome unknown")
 */
public record PublishingProperties(@DefaultValue("5s") @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration timeout) {
}
