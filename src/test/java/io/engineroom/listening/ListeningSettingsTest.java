package io.engineroom.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Listening's settings: polled every 5 minutes unless set; an interval that cannot be scheduled stops it. */
class ListeningSettingsTest {

    @EnableConfigurationProperties(ListeningSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withNothingSetTheSourcesArePolledEveryFiveMinutes() {
        runner.run(context -> assertThat(context.getBean(ListeningSettings.class))
                .isEqualTo(new ListeningSettings(true, Duration.ofMinutes(5))));
    }

    @Test
    void anIntervalOfZeroStopsTheStart() {
        runner.withPropertyValues("engineroom.listening.poll-interval=0s")
                .run(context -> assertThat(context).hasFailed());
    }
}
