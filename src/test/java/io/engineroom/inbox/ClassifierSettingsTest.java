package io.engineroom.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** engineroom.classifier.*: no evaluation set unless one is set, and an empty value from the environment is none. */
class ClassifierSettingsTest {

    @EnableConfigurationProperties(ClassifierSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withNothingSetThereIsNoEvaluationSetAndRecentMeansNinetyDays() {
        runner.run(context -> {
            ClassifierSettings settings = context.getBean(ClassifierSettings.class);
            assertThat(settings.evaluationPath()).isNull();
            assertThat(settings.evaluationPerLabel()).isEqualTo(500);
            assertThat(settings.correctionsWindow()).isEqualTo(Duration.ofDays(90));
        });
    }

    @Test
    void anEmptyDirectoryIsNoneAndAGivenOneIsReadAsAPath() {
        runner.withPropertyValues("engineroom.classifier.evaluation-dir= ").run(context -> assertThat(context
                .getBean(ClassifierSettings.class).evaluationPath()).isNull());
        runner.withPropertyValues("engineroom.classifier.evaluation-dir=/data/eval").run(context -> assertThat(context
                .getBean(ClassifierSettings.class).evaluationPath()).isEqualTo(Path.of("/data/eval")));
    }

    @Test
    void noTextsPerLabelStopsTheStart() {
        runner.withPropertyValues("engineroom.classifier.evaluation-per-label=0")
                .run(context -> assertThat(context).hasFailed());
    }
}
