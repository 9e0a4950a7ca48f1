package io.engineroom.demo;

import jakarta.validation.Valid;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.demo.*}: the demo module's settings, so IDEs complete them. Which demo beans exist at all is
 * decided by conditions on {@code engineroom.demo.enabled} and {@code engineroom.demo.simulator.enabled} (a
 * condition is evaluated before any bean, this record included, exists); the record names them for completion
 * and carries what the beans read.
 *
 * @param enabled   demo brands, people and simulated traffic (off in production unless {@code DEMO_DATA=true})
 * @param simulator the stream of simulated interactions
 */
@Validated
@ConfigurationProperties("engineroom.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue @Valid Simulator simulator) {

    /**
     * @param enabled  false stops the stream (the tests do)
     * @param interval one interaction every interval; a zero or negative one cannot be scheduled
     */
    record Simulator(@DefaultValue("true") boolean enabled,
            @DefaultValue("20s") @DurationMin(millis = 1) Duration interval) {
    }
}
