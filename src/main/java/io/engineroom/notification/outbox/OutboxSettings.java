package io.engineroom.notification.outbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.outbox.*}: how the outbox worker sends. A failed attempt is retried after {@code firstRetry},
 * then twice as long each time up to {@code maxRetryDelay}; after {@code maxAttempts} attempts the delivery is dead
 * (and can be sent again by hand). A node claims a delivery for {@code lease}, renewed just before each attempt: if
 * it dies meanwhile, another node sends it once the lease has run out. The lease must outlast one attempt (the SMTP
 * timeouts in {@code spring.mail.properties} add up to 25 s, a chat or webhook call's to 15 s), or a slow attempt
 * could be made a second time by another node.
 *
 * @param enabled      whether this node runs the worker (tests that drive it by hand switch it off)
 * @param pollInterval how often the worker looks for due deliveries
 */
@Validated
@ConfigurationProperties("engineroom.outbox")
public record OutboxSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue("2m") @NotNull Duration lease, @DefaultValue("20") @Min(1) @Max(500) int batchSize,
        @DefaultValue("30s") @NotNull Duration firstRetry, @DefaultValue("1h") @NotNull Duration maxRetryDelay,
        @DefaultValue("8") @Min(1) @Max(50) int maxAttempts) {

    /** How long to wait after the given failed attempt (1 = the first) before the next one. */
    public Duration backoffAfter(int attempt) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
