package io.engineroom.publishing.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code engineroom.publishing.token-refresh-*}: the defaults, a deployment's own interval, and a zero refused. */
class AccountSettingsTest {

    @EnableConfigurationProperties(AccountSettings.class)
    static class Settings {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void tokensAreRefreshedEveryFiveMinutesUnlessSetOtherwise() {
        runner.run(context -> {
            AccountSettings settings = context.getBean(AccountSettings.class);
            assertThat(settings.tokenRefreshEnabled()).isTrue();
            assertThat(settings.tokenRefreshInterval()).isEqualTo(Duration.ofMinutes(5));
        });
        runner.withPropertyValues("engineroom.publishing.token-refresh-interval=2m",
                "engineroom.publishing.token-refresh-enabled=false").run(context -> {
                    AccountSettings settings = context.getBean(AccountSettings.class);
                    assertThat(settings.tokenRefreshEnabled()).isFalse();
                    assertThat(settings.tokenRefreshInterval()).isEqualTo(Duration.ofMinutes(2));
                });
    }

    @Test
    void anIntervalOfNothingIsRefusedAtStart() {
        runner.withPropertyValues("engineroom.publishing.token-refresh-interval=0s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("tokenRefreshInterval"));
    }
}
