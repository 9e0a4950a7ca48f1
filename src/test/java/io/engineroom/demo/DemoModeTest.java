package io.engineroom.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.engineroom.base.HeaderItem;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.demo.platforms.DemoAccount;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.identity.ui.SignInLocksView;
import io.engineroom.inbox.IntakeCredentials;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Demo mode is a choice that shows: the badge in the header only then, and outside it the demo's well-known
 * password and intake credentials, left in a database that once had the demo, stop working.
 */
@EngineRoomIntegrationTest
class DemoModeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    IntakeCredentials credentials;
    @LocalServerPort
    int port;

    @Test
    void theHeaderShowsADemoBadgeInDemoMode() {
        try (UiSession session = UiSession.signIn(context, users, "admin")) {
            UI.getCurrent().navigate(SignInLocksView.class);

            assertThat(_get(Span.class, spec -> spec.withId(DemoBadge.ID)).getText()).isEqualTo("Demo");
        }
    }

    @Test
    void theBadgeExistsOnlyInDemoMode() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(DemoBadge.class);

        runner.withPropertyValues("engineroom.demo.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(HeaderItem.class));
        runner.run(app -> assertThat(app).doesNotHaveBean(HeaderItem.class));
        runner.withPropertyValues("engineroom.demo.enabled=true")
                .run(app -> assertThat(app).hasSingleBean(HeaderItem.class));
    }

    @Test
    void outsideDemoModeTheDemoPasswordStopsWorkingAndOthersStay() {
        String demoLike = "leftover-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(demoLike, "Left", "Over", null, DemoData.PASSWORD, List.of(Role.COPYWRITER));
        String other = TestUsers.ensure(users, brands, "kept-" + UUID.randomUUID().toString().substring(0, 8),
                Role.COPYWRITER);

        leftovers().retirePasswords(List.of(demoLike, other));

        assertThat(users.checkPassword(demoLike, DemoData.PASSWORD)).isFalse();
        assertThat(users.checkPassword(other, TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void outsideDemoModeADemoIntakeTokenIsRefused() throws Exception {
        String brand = "demo-left-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Demo leftover " + brand, false));
        ChannelSummary channel = AsAdmin.call(() -> channels.addManual(brand, Platform.INSTAGRAM, "@" + brand, true));
        String token = DemoIntakeCredentials.token(channel.id());
        try (var admin = SignedIn.as(users, "admin")) {
            credentials.useToken(channel.id(), token);
            credentials.useSigningSecret(channel.id(), DemoIntakeCredentials.signingSecret(channel.id()));
        }
        assertThat(deliver(channel.id(), token).statusCode()).isEqualTo(202);

        leftovers().retireIntakeCredentials(users.load("admin").orElseThrow(), List.of(brand));

        HttpResponse<String> refused = deliver(channel.id(), token);
        assertThat(refused.statusCode()).isEqualTo(401);
        try (var admin = SignedIn.as(users, "admin")) {
            assertThat(credentials.status(channel.id())).isEqualTo(new IntakeCredentials.Status(false, false));
        }
    }

    @Test
    void outsideDemoModeAChannelConnectedToADemoStandInIsSwitchedOffAndOthersStay() {
        String brand = "demo-left-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.run(() -> brands.create(brand, "Demo leftover " + brand, false));
        DemoAccount account = DemoAccount.NORTHWIND_X;
        ChannelSummary standIn = AsAdmin.call(() -> channels.addPlatformAccount(brand, account.connector(),
                account.tokens("http://localhost:8080/demo/platforms"), true));
        ChannelSummary real = AsAdmin.call(() -> channels.addPlatformAccount(brand, Connector.X,
                new AccountTokens("42", "@real", "https://api.x.com", "real-token", null, null), true));

        leftovers().switchOffStandInChannels(users.load("admin").orElseThrow(), List.of(brand));

        assertThat(channels.find(standIn.id()).orElseThrow().enabled()).isFalse();
        assertThat(channels.find(real.id()).orElseThrow().enabled()).isTrue();
    }

    private DemoLeftovers leftovers() {
        return new DemoLeftovers(users, channels, credentials, "");
    }

    private HttpResponse<String> deliver(long channelId, String token) throws Exception {
        String body = "{\"channelId\":" + channelId + ",\"interactions\":[{\"externalId\":\"" + UUID.randomUUID()
                + "\",\"kind\":\"COMMENT\",\"authorHandle\":\"@ada\",\"authorName\":\"Ada\","
                + "\"text\":\"Hello\",\"occurredAt\":\"2026-11-20T09:30:00Z\"}]}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/interactions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
