package io.engineroom.listening;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.listening.*}: the listening module's settings in one record, so IDEs complete them.
 *
 * @param pollEnabled  false: public sources are not polled on a schedule (the tests poll when they mean to); read
 *                     by the schedule's condition, which is decided before this record exists
 * @param pollInterval how often every brand's public sources are polled (5 minutes: public timelines need not be
 *                     read as they happen, and servers rate-limit); a zero or negative one cannot be scheduled
 */
@Validated
@ConfigurationProperties("engineroom.listening")
public record ListeningSettings(@DefaultValue("true") boolean pollEnabled,
        @DefaultValue("5m") @DurationMin(millis = 1) Duration pollInterval) {
}
