package io.engineroom.crisis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The crisis SOP's clock: how long a notice may wait for its acknowledgement before it moves on, and how often a
 * status update is due (more often at severity 1).
 */
@ConfigurationProperties("engineroom.crisis")
public record CrisisSettings(Duration acknowledgeWithin, Duration statusEvery, Duration statusEveryAtSeverity1) {

    public CrisisSettings {
        acknowledgeWithin = acknowledgeWithin == null ? Duration.ofMinutes(15) : acknowledgeWithin;
        statusEvery = statusEvery == null ? Duration.ofHours(1) : statusEvery;
        statusEveryAtSeverity1 = statusEveryAtSeverity1 == null ? Duration.ofMinutes(30) : statusEveryAtSeverity1;
    }

    public Duration statusEvery(int severity) {
        return severity == 1 ? statusEveryAtSeverity1 : statusEvery;
    }
}
