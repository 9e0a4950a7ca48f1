package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.base.AdminChange;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.connector.WebhookConnector;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The Channels screen as an admin: Mastodon with Test connection against a stand-in server, a webhook whose secret
 * is shown once and whose test event is signed like a post, by hand, main flag and disable; bad input stays at its
 * field and saves nothing.
 */
@EngineRoomIntegrationTest
@RecordApplicationEvents
class ChannelsUiTest {

    static final String ACCOUNT = "{\"id\":\"1\",\"acct\":\"beantest\",\"display_name\":\"Bean Test\","
            + "\"avatar\":\"https://files.example/avatar.png\",\"followers_count\":42}";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ApplicationEvents events;

    WireMockServer stub;
    UiSession session;
    String brandId;

    @BeforeEach
    void aBrandAndAStandInServer() {
        stub = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        stub.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", equalTo("Bearer good"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(ACCOUNT)));
        stub.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", equalTo("Bearer bad"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"The access token is invalid\"}")));
        stub.stubFor(post("/hook").willReturn(aResponse().withStatus(202).withBody("{\"received\":true}")));
        warmUp();
        brandId = "chan-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.call(() -> brands.create(brandId, "Channels " + brandId, false));
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(ChannelsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<BrandSummary> brand = _get(ComboBox.class, spec -> spec.withId("channel-brand"));
        _setValue(brand, brand.getListDataView().getItems().filter(b -> b.id().equals(brandId)).findFirst()
                .orElseThrow());
    }

    @AfterEach
    void stop() {
        session.close();
        stub.stop();
    }

    @Test
    void testConnectionShowsTheAccountOrTheProblemAtItsFieldAndSavingAddsTheChannel() {
        _click(button("channel-add-mastodon"));
        TextField url = _get(TextField.class, spec -> spec.withId("channel-mastodon-url"));
        PasswordField token = _get(PasswordField.class, spec -> spec.withId("channel-mastodon-token"));
        TextField handle = _get(TextField.class, spec -> spec.withId("channel-mastodon-handle"));
        Span account = _get(Span.class, spec -> spec.withId("channel-mastodon-account"));

        _setValue(url, stub.baseUrl());
        _setValue(token, "bad");
        _click(button("channel-mastodon-test"));
        assertThat(token.isInvalid()).isTrue();
        assertThat(token.getErrorMessage()).contains("refused the access token (HTTP 401)");

        _setValue(url, "http://127.0.0.1:" + closedPort());
        _setValue(token, "good");
        _click(button("channel-mastodon-test"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).startsWith("Could not connect");
        assertThat(token.isInvalid()).isFalse();

        _setValue(url, stub.baseUrl() + "/");
        _click(button("channel-mastodon-test"));
        assertThat(url.isInvalid()).isFalse();
        assertThat(account.getText()).isEqualTo("Connected to Bean Test (@beantest), 42 followers");
        assertThat(handle.getValue()).isEqualTo("@beantest@" + java.net.URI.create(stub.baseUrl()).getHost());

        _setValue(handle, "@beantest@coffee.social");
        _setValue(_get(Checkbox.class, spec -> spec.withId("channel-mastodon-main")), true);
        _click(button("channel-mastodon-save"));

        ChannelSummary added = AsAdmin.call(() -> channels.of(brandId)).get(0);
        assertThat(added.connector()).isEqualTo(Connector.MASTODON);
        assertThat(added.handle()).isEqualTo("@beantest@coffee.social");
        assertThat(added.mainChannel()).isTrue();
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith("Mastodon", "@beantest@coffee.social", "mastodon",
                "main", "enabled", "none");

        grid().select(added);
        _click(button("channel-test"));
        assertThat(_get(Span.class, spec -> spec.withId("channel-test-answer")).getText())
                .isEqualTo("Connected to Bean Test (@beantest), 42 followers");
        assertThat(events.stream(AdminChange.class).filter(this::aChannelChange))
                .singleElement().satisfies(change -> {
                    assertThat(change.action()).isEqualTo("added");
                    assertThat(change.after()).containsEntry("Access token", "(issued)")
                            .doesNotContainValue("good");
                });
    }

    @Test
    void badInputIsShownAtItsFieldAndNothingIsSaved() {
        _click(button("channel-add-mastodon"));
        _setValue(_get(TextField.class, spec -> spec.withId("channel-mastodon-url")), "mastodon.social");
        _click(button("channel-mastodon-save"));

        assertThat(_get(TextField.class, spec -> spec.withId("channel-mastodon-url")).getErrorMessage())
                .isEqualTo("An http(s) address is required");
        assertThat(_get(PasswordField.class, spec -> spec.withId("channel-mastodon-token")).getErrorMessage())
                .isEqualTo("An access token is required to post to Mastodon");
        assertThat(_get(TextField.class, spec -> spec.withId("channel-mastodon-handle")).getErrorMessage())
                .startsWith("A handle of 1 to 200 characters");
        _click(button("channel-mastodon-cancel"));

        _click(button("channel-add-webhook"));
        _setValue(_get(TextField.class, spec -> spec.withId("channel-webhook-handle")), "Brand Page");
        _setValue(_get(TextField.class, spec -> spec.withId("channel-webhook-url")), "ftp://files.example");
        _click(button("channel-webhook-save"));

        assertThat(_get(ComboBox.class, spec -> spec.withId("channel-webhook-platform")).getErrorMessage())
                .isEqualTo("Choose a platform");
        assertThat(_get(TextField.class, spec -> spec.withId("channel-webhook-url")).getErrorMessage())
                .isEqualTo("An http(s) address is required");
        assertThat(AsAdmin.call(() -> channels.of(brandId))).isEmpty();
        assertThat(events.stream(AdminChange.class)).noneMatch(this::aChannelChange);
    }

    @Test
    void aWebhooksSecretIsShownOnceAndItsTestEventIsSignedWithIt() throws Exception {
        _click(button("channel-add-webhook"));
        _setValue(_get(ComboBox.class, spec -> spec.withId("channel-webhook-platform")), Platform.LINKEDIN);
        _setValue(_get(TextField.class, spec -> spec.withId("channel-webhook-handle")), "Brand Page");
        _setValue(_get(TextField.class, spec -> spec.withId("channel-webhook-url")), stub.baseUrl() + "/hook");
        _click(button("channel-webhook-save"));

        String secret = _get(TextField.class, spec -> spec.withId("channel-secret-value")).getValue();
        assertThat(secret).startsWith("erw_").hasSizeGreaterThan(40);
        _click(button("channel-secret-done"));
        ChannelSummary webhook = AsAdmin.call(() -> channels.of(brandId)).get(0);
        grid().select(webhook);
        _click(button("channel-test"));

        assertThat(_get(Span.class, spec -> spec.withId("channel-test-answer")).getText())
                .isEqualTo("Answered HTTP 202: {\"received\":true}");
        LoggedRequest sent = stub.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
        assertThat(sent.getBodyAsString()).contains("\"event\":\"test\"", "\"channel\":" + webhook.id());
        assertThat(sent.getHeader(WebhookConnector.SIGNATURE_HEADER)).isEqualTo("sha256="
                + WebhookConnector.hmacSha256Hex(secret, sent.getBodyAsString().getBytes(StandardCharsets.UTF_8)));
        assertThat(events.stream(AdminChange.class).filter(this::aChannelChange))
                .allSatisfy(change -> assertThat(change.after()).doesNotContainValue(secret));
    }

    @Test
    void aChannelByHandIsMadeMainDisabledAndEnabledAgain() {
        _click(button("channel-add-manual"));
        _setValue(_get(ComboBox.class, spec -> spec.withId("channel-manual-platform")), Platform.X);
        _setValue(_get(TextField.class, spec -> spec.withId("channel-manual-handle")), "@byhand");
        _click(button("channel-manual-save"));
        ChannelSummary added = AsAdmin.call(() -> channels.of(brandId)).get(0);
        grid().select(added);

        _click(button("channel-main"));
        _click(button("channel-enabled"));

        ChannelSummary now = AsAdmin.call(() -> channels.find(added.id())).orElseThrow();
        assertThat(now.mainChannel()).isTrue();
        assertThat(now.enabled()).isFalse();
        assertThat(AsAdmin.call(() -> channels.enabledOf(brandId))).isEmpty();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("main", "disabled");
        assertThat(button("channel-enabled").getText()).isEqualTo("Enable");
        assertThat(_find(Button.class, spec -> spec.withId("channel-test"))).as("nothing to test by hand").isEmpty();

        _click(button("channel-enabled"));
        assertThat(AsAdmin.call(() -> channels.find(added.id())).orElseThrow().enabled()).isTrue();
        assertThat(events.stream(AdminChange.class).filter(this::aChannelChange))
                .extracting(AdminChange::action)
                .containsExactly("added", "made a main channel", "disabled", "enabled");
    }

    /** A change to this test's brand's channels (creating the brand itself may be recorded too). */
    private boolean aChannelChange(AdminChange change) {
        return brandId.equals(change.brandId()) && change.area().equals("channel");
    }

    /** A cold stand-in on a busy machine can miss the 2 s a channel gets to answer: called once before. */
    private void warmUp() {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(stub.baseUrl() + "/hook")).POST(java.net.http.HttpRequest.BodyPublishers
                    .ofString("{}")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        stub.resetRequests();
    }

    static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static Grid<ChannelSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("channel-grid"));
    }

    static int closedPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
