package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.SecretBox;
import io.engineroom.base.TeamEventType;
import io.engineroom.base.secrets.SecretResealing;
import io.engineroom.brand.domain.ChannelRepository;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.notification.webhook.WebhookSubscriptions;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestSecretKeys;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secrets at rest on PostgreSQL: what the services store is sealed with the current key (the raw columns hold no
 * token, no secret), yet the services hand the secrets back; a plain value left from before, and one sealed with the
 * previous key, are sealed again by the start-up resealing; no secret reaches the log or the audit trail.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class SecretsAtRestTest {

    static final String SEALED_NOW = SecretBox.PREFIX + "test-current:";

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    SecretResealing resealing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ChannelRepository repository;
    @Autowired
    PlatformTransactionManager transactions;

    String brand;
    TransactionTemplate transaction;

    @BeforeEach
    void aBrand() {
        transaction = new TransactionTemplate(transactions);
        brand = "vault-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Vault " + brand, false));
    }

    @Test
    void tokensAndSecretsAreStoredSealedYetTheConnectionHandsThemBack(CapturedOutput output) {
        String token = "mastodon-token-" + UUID.randomUUID();
        long mastodon = AsAdmin.call(() -> channels.addMastodon(brand, "@vault", "https://mastodon.example",
                token, false)).id();
        ChannelService.NewWebhook webhook = AsAdmin.call(() -> channels.addWebhook(brand, Platform.LINKEDIN,
                "Vault", "https://hooks.example.com/vault", false));
        long account = AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.BLUESKY,
                new AccountTokens("did:plc:vault", "vault.bsky.social", "https://pds.example", "access-jwt-" + token,
                        "refresh-jwt-" + token, Instant.parse("2030-01-01T00:00:00Z")), false)).id();
        String signing = AsAdmin.call(() -> credentials.issueSigningSecret(mastodon));
        WebhookSubscriptions.NewSecret subscription = AsAdmin.call(() -> subscriptions.add(brand,
                "https://receiver.example.com/events", Set.of(TeamEventType.SLA_BREACHED)));

        List<String> raw = List.of(column("channel", "access_token", mastodon),
                column("channel", "webhook_secret", webhook.channel().id()),
                column("channel", "access_token", account), column("channel", "refresh_token", account),
                column("intake_credential", "signing_secret", "channel_id", mastodon),
                column("webhook_subscription", "secret", subscription.subscription().id()));
        List<String> secrets = List.of(token, webhook.signingSecret(), signing, subscription.secret(),
                "access-jwt-" + token, "refresh-jwt-" + token);
        assertThat(raw).allSatisfy(value -> {
            assertThat(value).startsWith(SEALED_NOW);
            secrets.forEach(secret -> assertThat(value).doesNotContain(secret));
        });

        transaction.executeWithoutResult(status -> repository.findById(mastodon).orElseThrow().getAccessToken());
        assertThat(column("channel", "access_token", mastodon)).as("a channel read, not changed, is not written")
                .isEqualTo(raw.get(0));
        assertThat(channels.connection(mastodon).orElseThrow().accessToken()).isEqualTo(token);
        assertThat(channels.connection(webhook.channel().id()).orElseThrow().webhookSecret())
                .isEqualTo(webhook.signingSecret());
        ChannelConnection bluesky = channels.connection(account).orElseThrow();
        assertThat(bluesky.accessToken()).isEqualTo("access-jwt-" + token);
        assertThat(bluesky.refreshToken()).isEqualTo("refresh-jwt-" + token);
        assertThat(AsAdmin.call(() -> credentials.uses(mastodon, "no token", signing))).isTrue();

        assertThat(events.stream(AdminChange.class).filter(change -> brand.equals(change.brandId())).toList())
                .isNotEmpty().allSatisfy(change -> secrets.forEach(secret ->
                        assertThat(change.toString()).doesNotContain(secret)));
        secrets.forEach(secret -> assertThat(output.getAll()).doesNotContain(secret));
    }

    @Test
    void aPlainSecretFromBeforeAndOneSealedWithThePreviousKeyAreSealedAgainWithTheCurrentKey(CapturedOutput output) {
        long channel = AsAdmin.call(() -> channels.addMastodon(brand, "@legacy", "https://mastodon.example",
                "to-be-replaced", false)).id();
        SecretBox previous = new SecretBox(SecretBox.Key.parse(TestSecretKeys.PREVIOUS, "previous"), List.of());
        jdbc.update("update channel set access_token = 'legacy-plain-token', refresh_token = ? where id = ?",
                previous.seal("refresh-under-the-old-key"), channel);

        assertThat(channels.connection(channel).orElseThrow().accessToken())
                .as("a legacy plain value reads as it is").isEqualTo("legacy-plain-token");

        List<SecretResealing.Count> counts = resealing.resealAll();

        assertThat(counts).filteredOn(count -> count.table().equals("channel"))
                .singleElement().satisfies(count -> {
                    assertThat(count.plain()).isEqualTo(1);
                    assertThat(count.olderKey()).isEqualTo(1);
                    assertThat(count.unopened()).isZero();
                });
        assertThat(column("channel", "access_token", channel)).startsWith(SEALED_NOW)
                .doesNotContain("legacy-plain-token");
        assertThat(column("channel", "refresh_token", channel)).startsWith(SEALED_NOW);
        ChannelConnection connection = channels.connection(channel).orElseThrow();
        assertThat(connection.accessToken()).isEqualTo("legacy-plain-token");
        assertThat(connection.refreshToken()).isEqualTo("refresh-under-the-old-key");
        assertThat(stillPlain()).as("no secret left in plain text anywhere").isZero();
        assertThat(resealing.resealAll()).as("a second run finds nothing").allSatisfy(count ->
                assertThat(count.sealed()).isZero());
        assertThat(output.getAll()).contains("Secrets at rest in channel: 2 sealed")
                .doesNotContain("legacy-plain-token").doesNotContain("refresh-under-the-old-key");
    }

    @Test
    void aTokenOrSecretTooLongToStoreSealedIsRefusedNextToItsFieldAndNothingIsStored() {
        String longToken = "t".repeat(4001);
        String longSecret = "s".repeat(501);

        assertThatThrownBy(() -> AsAdmin.run(() -> channels.addMastodon(brand, "@long", "https://mastodon.example",
                longToken, false))).isInstanceOfSatisfying(InvalidInput.class, refused ->
                        assertThat(refused.problems()).containsEntry("accessToken",
                                "An access token has at most 4000 characters"));
        assertThatThrownBy(() -> AsAdmin.run(() -> channels.addWebhook(brand, Platform.LINKEDIN, "Long",
                "https://hooks.example.com/long", longSecret, false))).isInstanceOfSatisfying(InvalidInput.class,
                        refused -> assertThat(refused.problems()).containsEntry("webhookSecret",
                                "The signing secret has at most 500 characters"));
        assertThat(AsAdmin.call(() -> channels.of(brand))).isEmpty();
    }

    long stillPlain() {
        return jdbc.queryForObject("""
                select (select count(*) from channel where access_token not like 'enc:%'
                            or refresh_token not like 'enc:%' or webhook_secret not like 'enc:%')
                     + (select count(*) from intake_credential where signing_secret not like 'enc:%')
                     + (select count(*) from webhook_subscription where secret not like 'enc:%')
                     + (select count(*) from chat_target where webhook_url not like 'enc:%')""", Long.class);
    }

    String column(String table, String column, long id) {
        return column(table, column, "id", id);
    }

    String column(String table, String column, String idColumn, long id) {
        return jdbc.queryForObject("select " + column + " from " + table + " where " + idColumn + " = ?",
                String.class, id);
    }
}
