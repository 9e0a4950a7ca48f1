package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.engineroom.brand.ui.ChannelsUiTest.button;
import static io.engineroom.brand.ui.ChannelsUiTest.grid;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Platform;
import io.engineroom.identity.Role;
import io.engineroom.identity.Roles;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.TestUsers;
import io.engineroom.support.UiSession;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A channel's intake credentials on the Channels screen, as a brand's social manager: issued and rotated values
 * shown once, the last use after a real delivery, revoked; and only the manager's own brands are offered.
 */
@EngineRoomIntegrationTest
class ChannelCredentialsUiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;

    UiSession session;
    String ours;
    String theirs;
    String manager;
    ChannelSummary channel;

    @BeforeEach
    void twoBrandsAndTheManagerOfOne() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ours = "cred-" + run;
        theirs = "other-" + run;
        AsAdmin.call(() -> {
            brands.create(ours, "Credentials " + run, false);
            brands.create(theirs, "Other " + run, false);
            manager = TestUsers.ensure(users, brands, "cred-sm-" + run, Role.SOCIAL_MANAGER, ours);
            channel = channels.addManual(ours, Platform.INSTAGRAM, "@" + ours, true);
            return null;
        });
        session = UiSession.signIn(context, users, manager);
        UI.getCurrent().navigate(ChannelsView.class);
    }

    @AfterEach
    void signOut() {
        session.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSocialManagerIsOfferedOnlyTheirOwnBrands() {
        ComboBox<BrandSummary> brand = _get(ComboBox.class, spec -> spec.withId("channel-brand"));

        assertThat(brand.getListDataView().getItems().map(BrandSummary::id)).contains(ours).doesNotContain(theirs)
                .allSatisfy(id -> assertThat(users.load(manager).orElseThrow().belongsTo(id)).isTrue());
        assertThat(ChannelsView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(Roles.ADMIN, Roles.SOCIAL_MANAGER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void credentialsAreIssuedRotatedAndRevokedShownOnceWithTheirLastUse() {
        ComboBox<BrandSummary> brand = _get(ComboBox.class, spec -> spec.withId("channel-brand"));
        _setValue(brand, brand.getListDataView().getItems().filter(b -> b.id().equals(ours)).findFirst()
                .orElseThrow());
        grid().select(channel);
        _click(button("channel-credentials"));
        assertThat(status()).isEqualTo("none");

        _click(button("channel-credentials-token"));
        String token = shownOnce();
        assertThat(token).startsWith("ert_");
        assertThat(status()).isEqualTo("token, last used never");
        assertThat(button("channel-credentials-token").getText()).isEqualTo("Rotate token");
        assertThat(deliver(token)).isEqualTo(202);
        _click(button("channel-credentials-close"));
        _click(button("channel-credentials"));
        assertThat(status()).startsWith("token, last used 20").endsWith(" UTC");

        _click(button("channel-credentials-token"));
        String rotated = shownOnce();
        _click(button("channel-credentials-secret"));
        String secret = shownOnce();
        assertThat(rotated).startsWith("ert_").isNotEqualTo(token);
        assertThat(secret).startsWith("ers_");
        assertThat(deliver(token)).as("the old token after rotation").isEqualTo(401);
        assertThat(deliver(rotated)).isEqualTo(202);
        assertThat(status()).startsWith("token and signing secret, last used ");

        _click(button("channel-credentials-revoke"));
        assertThat(status()).isEqualTo("none");
        assertThat(deliver(rotated)).as("after revoking").isEqualTo(401);
    }

    private String shownOnce() {
        String value = _get(TextField.class, spec -> spec.withId("channel-secret-value")).getValue();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("channel-secret-warning")).getText()).contains("never again");
        _click(button("channel-secret-done"));
        return value;
    }

    private String status() {
        return _get(Span.class, spec -> spec.withId("channel-credentials-status")).getText();
    }

    private int deliver(String token) {
        String body = "{\"channelId\":" + channel.id() + ",\"interaction\":{\"externalId\":\"" + UUID.randomUUID()
                + "\",\"kind\":\"COMMENT\",\"authorHandle\":\"@ada\",\"text\":\"Hello\","
                + "\"occurredAt\":\"2026-11-20T09:30:00Z\"}}";
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/interactions")).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
