package io.engineroom.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.AdminChange;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Who may change a brand's channels and their intake credentials, checked by the services themselves: admins, and
 * the brand's own social managers; never a social manager of another brand, nor anyone else.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class ChannelAccessTest {

    /** What this test changes: brands and memberships made in the set-up may be recorded too. */
    static final java.util.Set<String> CHANNEL_AREAS = java.util.Set.of("channel", "credential");

    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @Autowired
    ChannelChecks checks;
    @Autowired
    UserDirectory users;
    @Autowired
    ApplicationEvents events;

    String ours;
    String theirs;
    String manager;
    String copywriter;
    long theirChannel;

    @BeforeEach
    void twoBrandsAndAManagerOfOne() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ours = "ours-" + run;
        theirs = "theirs-" + run;
        AsAdmin.call(() -> {
            brands.create(ours, "Ours " + run, false);
            brands.create(theirs, "Theirs " + run, false);
            manager = TestUsers.ensure(users, brands, "sm-" + run, Role.SOCIAL_MANAGER, ours);
            copywriter = TestUsers.ensure(users, brands, "cw-" + run, Role.COPYWRITER, ours);
            theirChannel = channels.addWebhook(theirs, Platform.LINKEDIN, "Theirs", "https://hooks.example.com/t",
                    false).channel().id();
            return null;
        });
    }

    @Test
    void aBrandsSocialManagerManagesItsChannelsAndCredentials() {
        try (var signedIn = SignedIn.as(users, manager)) {
            ChannelSummary added = channels.addManual(ours, Platform.X, "@ours", false);
            assertThat(channels.setMain(added.id(), true).mainChannel()).isTrue();
            assertThat(channels.setEnabled(added.id(), false).enabled()).isFalse();
            String token = credentials.issueToken(added.id());
            String rotated = credentials.issueToken(added.id());
            credentials.revoke(added.id());

            assertThat(token).startsWith("ert_").isNotEqualTo(rotated);
            assertThat(credentials.credentialStatus(added.id()).any()).isFalse();
            assertThat(channels.mayManage(ours)).isTrue();
            assertThat(channels.mayManage(theirs)).isFalse();
            assertThat(channels.enabledOf(ours)).doesNotContain(channels.find(added.id()).orElseThrow());
        }
        assertThat(ourChanges())
                .extracting(AdminChange::action).containsExactly("added", "made a main channel", "disabled",
                        "intake token issued", "intake token rotated", "intake credentials revoked");
        assertThat(ourChanges())
                .allSatisfy(change -> assertThat(change.actor()).isEqualTo(manager))
                .flatExtracting(change -> change.after().values()).doesNotContain((String) null)
                .allSatisfy(shown -> assertThat(shown).doesNotStartWith("ert_"));
    }

    private java.util.stream.Stream<AdminChange> ourChanges() {
        return events.stream(AdminChange.class)
                .filter(change -> ours.equals(change.brandId()) && CHANNEL_AREAS.contains(change.area()));
    }

    @Test
    void aSocialManagerOfAnotherBrandCannotAddChangeTestOrIssueCredentials() {
        try (var signedIn = SignedIn.as(users, manager)) {
            assertThatThrownBy(() -> channels.addManual(theirs, Platform.X, "@sneaky", false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> channels.addMastodon(theirs, "@sneaky", "https://social.example", "t", false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> channels.setMain(theirChannel, true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> channels.setEnabled(theirChannel, false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> credentials.issueToken(theirChannel)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> credentials.issueSigningSecret(theirChannel))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> credentials.revoke(theirChannel)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> credentials.credentialStatus(theirChannel))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checks.sendTestEvent(theirChannel)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checks.mastodonAccount(theirChannel)).isInstanceOf(AccessDeniedException.class);
        }
        AsAdmin.call(() -> {
            assertThat(channels.of(theirs)).singleElement().satisfies(channel -> {
                assertThat(channel.mainChannel()).isFalse();
                assertThat(channel.enabled()).isTrue();
            });
            assertThat(credentials.credentialStatus(theirChannel).any()).isFalse();
            return null;
        });
    }

    @Test
    void otherRolesOfTheBrandAndNobodySignedInAreRefused() {
        try (var signedIn = SignedIn.as(users, copywriter)) {
            assertThatThrownBy(() -> channels.addManual(ours, Platform.X, "@writer", false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> checks.mastodonAccount("https://social.example", "token"))
                    .as("no calls to typed-in addresses for those who cannot add channels")
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(channels.mayManage(ours)).isFalse();
        }
        assertThatThrownBy(() -> channels.addManual(ours, Platform.X, "@nobody", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.issueToken(theirChannel)).isInstanceOf(AccessDeniedException.class);
        assertThat(channels.of(ours)).isEmpty();
    }
}
