package io.engineroom.publishing;

import io.engineroom.publishing.connector.PublishingProperties;
import jakarta.validation.Valid;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The publishing module's settings in one record, so IDEs complete them. Its keys predate the one-prefix-per-module
 * rule and are kept as they are: {@code engineroom.publishing.*} for the connectors, {@code engineroom.cadence.*}
 * for the posting cadence; so this record binds from {@code engineroom} and names both groups.
 *
 * @param publishing how long a connector waits for a channel
 * @param cadence    when a main channel counts as silent
 */
@Validated
@ConfigurationProperties("engineroom")
public record PublishingSettings(@DefaultValue @Valid @NestedConfigurationProperty PublishingProperties publishing,
        @DefaultValue @Valid Cadence cadence) {

    /**
     * @param silentAfter how long a brand's main channel may go without a post before the manager is told; a zero
     *                    or negative one would call every channel silent at every check
     */
    public record Cadence(@DefaultValue("P3D") @DurationMin(millis = 1) Duration silentAfter) {
    }
}
