package io.engineroom.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.ChannelAccounts.AccountWay;
import io.engineroom.brand.ChannelAccounts.Way;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.UiSession;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Channels screen's platform accounts: which platforms can be connected (and what to set up for the others),
 * a channel's account state and Test connection, the Bluesky dialog's refusals, the landing after a platform's
 * callback, and a copywriter kept out.
 */
@EngineRoomIntegrationTest
class ChannelAccountsUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ChannelTokens tokens;
    @Autowired
    ChannelAccounts accounts;
    @Autowired
    io.engineroom.publishing.domain.OAuthAuthorizationRepository authorizations;

    UiSession session;
    String brandId;

    @BeforeEach
    void aBrand() {
        brandId = "ui-acc-" + UUID.randomUUID().toString().substring(0, 8);
        AsAdmin.call(() -> brands.create(brandId, "Accounts UI " + brandId, false));
    }

    @AfterEach
    void signOut() {
        if (session != null) {
            session.close();
        }
    }

    private void openChannels() {
        session = UiSession.signIn(context, users, "admin");
        UI.getCurrent().navigate(ChannelsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<BrandSummary> brand = _get(ComboBox.class, spec -> spec.withId("channel-brand"));
        _setValue(brand, brand.getListDataView().getItems().filter(b -> b.id().equals(brandId)).findFirst()
                .orElseThrow());
    }

    @Test
    void eachPlatformIsOfferedOnlyWhenItCanBeConnectedAndTheHintSaysWhatToSetUpForTheOthers() {
        openChannels();
        Paragraph hints = _get(Paragraph.class, spec -> spec.withId("channel-connect-hints"));

        assertThat(accounts.ways()).extracting(AccountWay::connector).containsExactly(Connector.BLUESKY,
                Connector.X, Connector.LINKEDIN, Connector.FACEBOOK, Connector.INSTAGRAM);
        assertThat(accounts.ways()).as("the tests register an X app only").filteredOn(way -> way.connector()
                != Connector.BLUESKY && way.connector() != Connector.X).extracting(AccountWay::way)
                .doesNotContain(Way.OAUTH, Way.SIGN_IN);
        assertThat(accounts.ways()).filteredOn(way -> way.connector() == Connector.X).extracting(AccountWay::way)
                .containsExactly(Way.OAUTH);
        for (AccountWay way : accounts.ways()) {
            Button button = button("channel-connect-" + way.connector().name().toLowerCase(Locale.ROOT));
            assertThat(button.getText()).isEqualTo(way.label());
            boolean offered = way.way() == Way.SIGN_IN || way.way() == Way.OAUTH;
            assertThat(button.isEnabled()).as(way.label()).isEqualTo(offered);
            if (!offered) {
                assertThat(hints.getText()).contains(way.hint());
            }
        }
        assertThat(hints.isVisible()).isTrue();
        assertThat(button("channel-connect-facebook").getText()).isEqualTo("Connect Facebook Page");
    }

    @Test
    void aPagePlatformAsksWhichPageFirstAndRefusesAtTheFieldWhatIsNoPageIdOrCannotBeConnectedYet() {
        openChannels();
        long before = authorizations.count();
        PageChoiceDialog dialog = new PageChoiceDialog(brandId, Connector.FACEBOOK, accounts);
        dialog.open();

        _setValue(dialog.page, "x'; drop table");
        _click(dialog.proceed);
        assertThat(dialog.page.isInvalid()).isTrue();
        assertThat(dialog.page.getErrorMessage()).startsWith("A page id");

        _setValue(dialog.page, "2414");
        _click(dialog.proceed);
        assertThat(dialog.page.getErrorMessage()).as("no Meta app in the tests").contains("META_APP_ID");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(authorizations.count()).as("nothing started").isEqualTo(before);
    }

    @Test
    void aPlatformChannelShowsItsAccountStateAndTestConnectionSaysWhyItIsNotConnected() {
        ChannelSummary x = AsAdmin.call(() -> channels.addPlatformAccount(brandId, Connector.X, new AccountTokens(
                "x-42", "@beans", "http://127.0.0.1:9", "access", "refresh", Instant.parse("2030-01-01T00:00:00Z")),
                false));
        openChannels();
        assertThat(GridKt._getFormatted(grid(), 0, "account")).isEqualTo("connected");

        tokens.refused(x.id(), "X refused the token (HTTP 401)");
        grid().select(channels.find(x.id()).orElseThrow());
        Button test = button("channel-test");
        assertThat(test.isVisible()).isTrue();
        _click(test);

        assertThat(_get(Span.class, spec -> spec.withId("channel-test-answer")).getText())
                .startsWith("Not connected: ");
        assertThat(GridKt._getFormatted(grid(), 0, "account")).as("the grid shows the refusal after the test")
                .isEqualTo("Connect again: X refused the token (HTTP 401)");
        boolean xOffered = accounts.ways().stream().anyMatch(way -> way.connector() == Connector.X
                && way.way() == Way.OAUTH);
        assertThat(_find(Button.class, spec -> spec.withId("channel-reconnect"))).as("offered where X can be "
                + "connected").hasSize(xOffered ? 1 : 0);
        AsAdmin.run(() -> channels.setEnabled(x.id(), false));
    }

    @Test
    void theBlueskyDialogShowsProblemsAtTheirFieldsForgetsThePasswordAndConnectsNothing() {
        openChannels();
        BlueskySignInDialog dialog = new BlueskySignInDialog(brandId, accounts, null, added -> {
            throw new AssertionError("nothing may be connected");
        });
        dialog.open();
        TextField identifier = _get(TextField.class, spec -> spec.withId("channel-bluesky-identifier"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("channel-bluesky-password"));
        TextField service = _get(TextField.class, spec -> spec.withId("channel-bluesky-service"));

        _setValue(password, "abcd-efgh-ijkl-mnop");
        _setValue(service, "ftp://pds.example");
        _click(button("channel-bluesky-connect"));

        assertThat(identifier.isInvalid()).isTrue();
        assertThat(identifier.getErrorMessage()).contains("handle");
        assertThat(service.isInvalid()).isTrue();
        assertThat(password.getValue()).as("typed once, never kept").isEmpty();
        assertThat(service.getPlaceholder()).isEqualTo(accounts.defaultServiceUrl(Connector.BLUESKY));
        assertThat(AsAdmin.call(() -> channels.of(brandId))).isEmpty();
    }

    @Test
    void afterThePlatformsCallbackThePersonWhoStartedItSeesWhatCameOfIt() {
        String state = "ui-state-" + UUID.randomUUID();
        var row = new io.engineroom.publishing.domain.OAuthAuthorization(state, brandId, Connector.X, "v",
                "http://localhost/oauth/callback/x", "admin", false, TestClock.get().instant());
        row.use(TestClock.get().instant());
        row.finish(null, "X did not allow the connection (access_denied). Nothing was connected.");
        authorizations.save(row);
        session = UiSession.signIn(context, users, "admin");

        UI.getCurrent().navigate("admin/channels", QueryParameters.simple(Map.of("brand", brandId,
                "connection", state)));

        assertThat(_get(Span.class, spec -> spec.withId("channel-connect-outcome")).getText())
                .isEqualTo("X did not allow the connection (access_denied). Nothing was connected.");
        @SuppressWarnings("unchecked")
        ComboBox<BrandSummary> brand = _get(ComboBox.class, spec -> spec.withId("channel-brand"));
        assertThat(brand.getValue().id()).isEqualTo(brandId);

        UI.getCurrent().navigate("admin/channels", QueryParameters.simple(Map.of("refused", "expired")));
        assertThat(_get(Span.class, spec -> spec.withId("channel-connect-outcome")).getText())
                .isEqualTo(ChannelAccounts.Refusal.EXPIRED.message());
    }

    @Test
    void aCopywriterCannotOpenTheChannelsScreenNorConnectOrTestAnAccount() {
        ChannelSummary x = AsAdmin.call(() -> channels.addPlatformAccount(brandId, Connector.X, new AccountTokens(
                "x-43", "@beans2", "http://127.0.0.1:9", "access", "refresh", null), false));
        session = UiSession.signIn(context, users, "copywriter");
        try {
            UI.getCurrent().navigate(ChannelsView.class);
        } catch (RuntimeException | AssertionError refused) {
            // Karibu's access-denied page reports the refusal by throwing, now or when the page is next looked at
            assertThat(refused).hasStackTraceContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(ChannelsView.class::isInstance);

        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> accounts.startConnection("beanleaf", Connector.X, false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.signIn("beanleaf", Connector.BLUESKY, "beans.bsky.social", "pw",
                    null, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.test(x.id())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(AsAdmin.call(() -> channels.of(brandId))).hasSize(1);
        AsAdmin.run(() -> channels.setEnabled(x.id(), false));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ChannelSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("channel-grid"));
    }
}
