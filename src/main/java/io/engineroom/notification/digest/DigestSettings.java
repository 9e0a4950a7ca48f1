package io.engineroom.notification.digest;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.digest.*}: the daily digest of the notices people chose to hear of once a day.
 *
 * @param enabled   whether this node looks for digests that are due (every node may: only one sends each)
 * @param interval  how often it looks; a digest goes out within this much after its time
 * @param sendAt    the local time of day, in each person's time zone, the digest goes out
 */
@Validated
@ConfigurationProperties("engineroom.digest")
public record DigestSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1m") @NotNull Duration interval,
        @DefaultValue("08:00") @NotNull LocalTime sendAt) {
}
