package io.engineroom.publishing.connect;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How platform accounts are connected and kept connected. Beside {@code engineroom.publishing.*}'s connector
 * settings (PublishingProperties), in a record of its own so those stay as they are.
 *
 * @param tokenRefreshEnabled  false: tokens are not refreshed ahead on a schedule (the tests, which call the
 *                             refresh when they mean to); a call still refreshes a token about to expire
 * @param tokenRefreshInterval how often the tokens expiring within {@code token-refresh-ahead} are refreshed
 */
@Validated
@ConfigurationProperties("engineroom.publishing")
public record AccountSettings(@DefaultValue("true") boolean tokenRefreshEnabled,
        @DefaultValue("5m") @DurationMin(seconds = 1) Duration tokenRefreshInterval) {
}
