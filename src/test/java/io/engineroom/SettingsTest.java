package io.engineroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.content.ContentSettings;
import io.engineroom.identity.IdentitySettings;
import io.engineroom.inbox.InboxSettings;
import io.engineroom.notification.NotificationSettings;
import io.engineroom.publishing.PublishingSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** The modules' settings records: the keys and defaults the @Value strings had, and a wrong value stops the start. */
class SettingsTest {

    @EnableConfigurationProperties({ContentSettings.class, PublishingSettings.class, NotificationSettings.class,
            IdentitySettings.class, InboxSettings.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withNothingSetEverySettingHasTheDefaultItHadBefore() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            ContentSettings content = context.getBean(ContentSettings.class);
            assertThat(content.reviewReminder()).isEqualTo("P1D");
            assertThat(content.firstDayMetricsAfter()).isEqualTo("P1D");
            assertThat(content.assets().maxImageSize()).isEqualTo(DataSize.ofMegabytes(8));
            assertThat(content.resendLimit()).isEqualTo(2);
            PublishingSettings publishing = context.getBean(PublishingSettings.class);
            assertThat(publishing.cadence().silentAfter()).isEqualTo(Duration.ofDays(3));
            assertThat(publishing.publishing().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(publishing.publishing().timeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(context.getBean(NotificationSettings.class))
                    .isEqualTo(new NotificationSettings("engine-room@localhost", "http://localhost:8080"));
            IdentitySettings identity = context.getBean(IdentitySettings.class);
            assertThat(identity.initialAdmin().password()).isEmpty();
            assertThat(identity.demo().enabled()).isFalse();
            assertThat(identity.engineRest().maxUploadSize()).isEqualTo(DataSize.ofMegabytes(10));
            InboxSettings inbox = context.getBean(InboxSettings.class);
            assertThat(inbox.mastodonPollInterval()).isEqualTo(Duration.ofSeconds(60));
            assertThat(inbox.mastodonPollEnabled()).isTrue();
            assertThat(inbox.intake().rateLimit().perChannel().requests()).isEqualTo(50L);
            assertThat(inbox.intake().rateLimit().trackedKeys()).isEqualTo(50_000);
        });
    }

    @Test
    void theKeysDeploymentsSetStillBind() {
        runner.withPropertyValues("engineroom.content.review-reminder=PT4H",
                "engineroom.content.first-day-metrics-after=P1M", "engineroom.content.assets.max-image-size=2MB",
                "engineroom.cadence.silent-after=P5D", "engineroom.publishing.timeout=30s",
                "engineroom.mail.from=crisis@engine-room.example", "engineroom.mail.app-url=https://engine-room.example/",
                "engineroom.initial-admin.password=S3cret!pass", "engineroom.demo.enabled=true",
                "engineroom.engine-rest.max-upload-size=1MB", "engineroom.inbox.mastodon-poll-interval=5m",
                "engineroom.inbox.intake.rate-limit.per-channel.requests=7",
                "engineroom.inbox.intake.rate-limit.channels[42].requests=3").run(context -> {
                    ContentSettings content = context.getBean(ContentSettings.class);
                    assertThat(content.reviewReminder()).isEqualTo("PT4H");
                    assertThat(content.firstDayMetricsAfter()).isEqualTo("P1M");
                    assertThat(content.assets().maxImageSize()).isEqualTo(DataSize.ofMegabytes(2));
                    PublishingSettings publishing = context.getBean(PublishingSettings.class);
                    assertThat(publishing.cadence().silentAfter()).isEqualTo(Duration.ofDays(5));
                    assertThat(publishing.publishing().timeout()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(context.getBean(NotificationSettings.class).appUrl())
                            .isEqualTo("https://engine-room.example/");
                    IdentitySettings identity = context.getBean(IdentitySettings.class);
                    assertThat(identity.initialAdmin().password()).isEqualTo("S3cret!pass");
                    assertThat(identity.initialAdmin().toString()).doesNotContain("S3cret");
                    assertThat(identity.demo().enabled()).isTrue();
                    assertThat(identity.engineRest().maxUploadSize()).isEqualTo(DataSize.ofMegabytes(1));
                    InboxSettings inbox = context.getBean(InboxSettings.class);
                    assertThat(inbox.mastodonPollInterval()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(inbox.intake().rateLimit().perChannel().requests()).isEqualTo(7L);
                    assertThat(inbox.intake().rateLimit().channels().get(42L).requests()).isEqualTo(3L);
                });
    }

    @Test
    void aReminderThatIsNoDurationStopsTheStartInsteadOfTheFirstTimer() {
        runner.withPropertyValues("engineroom.content.review-reminder=one day").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("review-reminder")
                .hasMessageContaining("ISO-8601 duration"));
    }

    @Test
    void aSenderThatIsNoAddressOrALinkBaseThatIsNoUrlStopsTheStart() {
        runner.withPropertyValues("engineroom.mail.from=not an address").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("engineroom.mail.from"));
        runner.withPropertyValues("engineroom.mail.app-url=localhost 8080").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("engineroom.mail.app-url"));
    }

    @Test
    void aZeroIntervalOrSilenceStopsTheStart() {
        runner.withPropertyValues("engineroom.inbox.mastodon-poll-interval=0s").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("mastodon-poll-interval"));
        runner.withPropertyValues("engineroom.cadence.silent-after=-P1D").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("cadence.silentAfter"));
        runner.withPropertyValues("engineroom.publishing.connect-timeout=0s").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("publishing.connectTimeout"));
    }
}
