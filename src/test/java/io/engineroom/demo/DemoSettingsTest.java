package io.engineroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DemoSettingsTest {

    @EnableConfigurationProperties(DemoSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theSimulatorSendsEveryTwentySecondsUnlessToldOtherwise() {
        runner.run(context -> assertThat(context.getBean(DemoSettings.class))
                .isEqualTo(new DemoSettings(false, new DemoSettings.Simulator(true, Duration.ofSeconds(20)))));
        runner.withPropertyValues("engineroom.demo.enabled=true", "engineroom.demo.simulator.interval=1m")
                .run(context -> assertThat(context.getBean(DemoSettings.class)).isEqualTo(
                        new DemoSettings(true, new DemoSettings.Simulator(true, Duration.ofMinutes(1)))));
    }

    @Test
    void anIntervalThatCannotBeScheduledStopsTheStart() {
        runner.withPropertyValues("engineroom.demo.simulator.interval=0s").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("simulator.interval"));
    }
}
