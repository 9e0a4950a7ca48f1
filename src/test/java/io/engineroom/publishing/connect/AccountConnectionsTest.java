package io.engineroom.publishing.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelAccounts.Refusal;
import io.engineroom.brand.ChannelAccounts.Way;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.brand.Platform;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountConnector;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.ChannelReconnectTasks;
import io.engineroom.publishing.OAuthApp;
import io.engineroom.publishing.PlatformChannels;
import io.engineroom.publishing.PublishingSettings;
import io.engineroom.publishing.connector.PublishingProperties;
import io.engineroom.publishing.connector.PublishingProperties.PlatformApp;
import io.engineroom.publishing.domain.OAuthAuthorization;
import io.engineroom.publishing.domain.OAuthAuthorizationRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The connect orchestration without Spring: a stand-in X (OAuth with PKCE) and Bluesky (sign-in) connector, the
 * real OAuthTokens building the authorize address, and the pending authorizations in memory. Every refusal of the
 * callback is checked to leave the channels untouched and the platform unasked.
 */
class AccountConnectionsTest {

    static final String BASE = "https://engine.example.org/";
    final MovableClock clock = new MovableClock();
    final ChannelService channels = mock(ChannelService.class);
    final PlatformChannels publishing = mock(PlatformChannels.class);
    final ChannelReconnectTasks reconnects = mock(ChannelReconnectTasks.class);
    final OAuthAuthorizationRepository authorizations = mock(OAuthAuthorizationRepository.class);
    final CurrentUser currentUser = mock(CurrentUser.class);
    final Map<String, OAuthAuthorization> stored = new HashMap<>();
    final Map<Connector, AccountConnector> connectors = new EnumMap<>(Connector.class);
    final FakeAccount x = new FakeAccount(Connector.X, true);
    final FakeAccount bluesky = new FakeAccount(Connector.BLUESKY, false);
    EngineRoomUser signedIn = user("sam");
    AccountConnections connections;

    @BeforeEach
    void setUp() {
        connectors.put(Connector.X, x);
        connectors.put(Connector.BLUESKY, bluesky);
        connectors.put(Connector.FACEBOOK, new FakeAccount(Connector.FACEBOOK, true));
        when(authorizations.save(any())).thenAnswer(call -> {
            OAuthAuthorization row = call.getArgument(0);
            stored.put(row.getState(), row);
            return row;
        });
        when(authorizations.lockByState(anyString())).thenAnswer(call -> Optional.ofNullable(
                stored.get((String) call.getArgument(0))));
        when(authorizations.findById(anyString())).thenAnswer(call -> Optional.ofNullable(
                stored.get((String) call.getArgument(0))));
        when(currentUser.require()).thenAnswer(call -> signedIn);
        when(currentUser.find()).thenAnswer(call -> Optional.of(signedIn));
        when(channels.mayManage("beanleaf")).thenReturn(true);
        when(channels.addPlatformAccount(eq("beanleaf"), any(), any(), eq(false))).thenAnswer(call ->
                new ChannelSummary(41, "beanleaf", ((Connector) call.getArgument(1)).platform(),
                        ((AccountTokens) call.getArgument(2)).handle(), call.getArgument(1), false, true));
        PlatformApp registeredX = new PlatformApp("client-x", "secret-x", "https://api.x.com",
                "https://x.com/i/oauth2/authorize", "https://api.x.com/2/oauth2/token",
                List.of("tweet.write", "offline.access"), null, null);
        PublishingSettings settings = new PublishingSettings(new PublishingProperties(Duration.ofSeconds(5),
                Duration.ofSeconds(10), Map.of("x", registeredX, "bluesky", new PlatformApp(null, null,
                        "https://bsky.example", null, null, null, null, null)), Duration.ofMinutes(30)),
                new PublishingSettings.Cadence(Duration.ofDays(3)));
        connections = new AccountConnections(type -> {
            AccountConnector connector = connectors.get(type);
            if (connector == null) {
                throw new IllegalStateException("No account connector for " + type);
            }
            return connector;
        }, settings, channels, publishing, reconnects, authorizations, currentUser,
                mock(PlatformTransactionManager.class), clock, BASE);
    }

    @Test
    void startingAnXConnectionSendsThePersonToXWithStatePkceAndTheCallbackAndKeepsTheVerifierOnTheServer() {
        URI authorize = connections.startConnection("beanleaf", Connector.X, false);

        Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
        assertThat(authorize.toString()).startsWith("https://x.com/i/oauth2/authorize?");
        assertThat(query).containsEntry("client_id", "client-X").containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256").containsKey("code_challenge");
        assertThat(java.net.URLDecoder.decode(query.get("redirect_uri"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("https://engine.example.org/oauth/callback/x");
        OAuthAuthorization row = stored.get(query.get("state"));
        assertThat(row).isNotNull();
        assertThat(row.getState()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(row.getBrandId()).isEqualTo("beanleaf");
        assertThat(row.getUserId()).isEqualTo("sam");
        assertThat(row.getCodeVerifier()).isNotBlank();
        assertThat(authorize.toString()).doesNotContain(row.getCodeVerifier());
    }

    @Test
    void aPersonWhoMayNotManageTheBrandCannotStartAConnection() {
        doThrow(new AccessDeniedException("cody may not manage the channels of brand beanleaf"))
                .when(channels).requireMayManage("beanleaf");

        assertThatThrownBy(() -> connections.startConnection("beanleaf", Connector.X, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void aPlatformWithoutARegisteredAppIsNotOfferedAndTheHintNamesTheEnvironmentVariables() {
        assertThat(connections.ways()).extracting(way -> way.connector() + ":" + way.way()).containsExactly(
                "BLUESKY:SIGN_IN", "X:OAUTH", "LINKEDIN:UNAVAILABLE", "FACEBOOK:NOT_SET_UP", "INSTAGRAM:UNAVAILABLE");
        assertThat(connections.ways().get(3).hint()).contains("META_APP_ID", "META_APP_SECRET",
                "https://engine.example.org/oauth/callback/facebook");
        assertThat(connections.ways().get(3).label()).isEqualTo("Connect Facebook Page");

        assertThatThrownBy(() -> connections.startConnection("beanleaf", Connector.FACEBOOK, false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("META_APP_ID");
        assertThat(stored).isEmpty();
    }

    @Test
    void theCallbackExchangesTheCodeWithTheVerifierStoresTheChannelAndEndsItsReconnectTask() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));
        String verifier = stored.get(state).getCodeVerifier();

        AccountConnections.Landing landing = connections.finish("x", state, "the-code", null, null);

        assertThat(x.exchanged)
                .containsExactly("the-code " + verifier + " https://engine.example.org/oauth/callback/x");
        verify(channels).addPlatformAccount(eq("beanleaf"), eq(Connector.X), any(), eq(false));
        verify(reconnects).connected(41);
        assertThat(landing.path()).isEqualTo("/admin/channels?brand=beanleaf&connection=" + state);
        assertThat(connections.outcome(state)).hasValueSatisfying(outcome -> {
            assertThat(outcome.connected()).isTrue();
            assertThat(outcome.message()).isEqualTo("Connected X @brand_x.");
        });
        assertThat(stored.get(state).getUsedAt()).isNotNull();
        assertThat(stored.get(state).getCodeVerifier()).as("spent with the state").isNull();
    }

    @Test
    void thePageAPersonNamesAtTheStartIsTheOneTheCallbackConnectsAndNoneLetsTheConnectorTakeTheOnlyOne() {
        String chosen = state(connections.startConnection("beanleaf", Connector.X, false, " 2414 "));
        String only = state(connections.startConnection("beanleaf", Connector.X, false));

        connections.finish("x", chosen, "code-1", null, null);
        connections.finish("x", only, "code-2", null, null);

        assertThat(x.pages).containsExactly("2414", "null");
    }

    @Test
    void aPageThatIsNoPageIdIsRefusedAtTheFieldAndNothingIsStarted() {
        assertThatThrownBy(() -> connections.startConnection("beanleaf", Connector.X, false, "x'; drop table"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.problems()).containsKey("page"));
        assertThat(stored).isEmpty();
    }

    @Test
    void aStateUsedOnceIsRefusedTheSecondTime() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));
        connections.finish("x", state, "the-code", null, null);

        AccountConnections.Landing again = connections.finish("x", state, "the-code", null, null);

        assertThat(again.refusal()).isEqualTo(Refusal.USED);
        assertThat(x.exchanged).hasSize(1);
    }

    @Test
    void anUnknownStateOrOneForAnotherPlatformIsRefusedWithoutAskingThePlatform() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));

        assertThat(connections.finish("x", "forged-state", "code", null, null).refusal()).isEqualTo(Refusal.UNKNOWN);
        assertThat(connections.finish("x", null, "code", null, null).refusal()).isEqualTo(Refusal.UNKNOWN);
        assertThat(connections.finish("linkedin", state, "code", null, null).refusal()).isEqualTo(Refusal.UNKNOWN);
        assertThat(connections.finish("x", "forged-state", "code", null, null).path())
                .isEqualTo("/admin/channels?refused=unknown");
        assertThat(x.exchanged).isEmpty();
        verify(channels, never()).addPlatformAccount(anyString(), any(), any(), any(Boolean.class));
    }

    @Test
    void aStateOlderThanTenMinutesIsRefusedAndSpent() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));
        clock.move(Duration.ofMinutes(10));

        assertThat(connections.finish("x", state, "the-code", null, null).refusal()).isEqualTo(Refusal.EXPIRED);
        clock.move(Duration.ofMinutes(-5));
        assertThat(connections.finish("x", state, "the-code", null, null).refusal()).isEqualTo(Refusal.USED);
        assertThat(x.exchanged).isEmpty();
    }

    @Test
    void anotherPersonCannotFinishAConnectionAndTheOneWhoStartedItStillCan() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));
        signedIn = user("mallory");

        assertThat(connections.finish("x", state, "attacker-code", null, null).refusal())
                .isEqualTo(Refusal.OTHER_PERSON);
        assertThat(x.exchanged).isEmpty();
        assertThat(connections.outcome(state)).as("nor read what came of it").isEmpty();

        signedIn = user("sam");
        assertThat(connections.finish("x", state, "the-code", null, null).refusal()).isNull();
        assertThat(x.exchanged).hasSize(1);
    }

    @Test
    void aPersonWhoMayNoLongerManageTheBrandCannotFinish() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));
        when(channels.mayManage("beanleaf")).thenReturn(false);

        assertThat(connections.finish("x", state, "the-code", null, null).refusal()).isEqualTo(Refusal.NOT_ALLOWED);
        assertThat(x.exchanged).isEmpty();
    }

    @Test
    void aPlatformErrorIsShownAsAClearMessageAndNothingIsStored() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));

        AccountConnections.Landing landing = connections.finish("x", state, null, "access_denied",
                "The user denied access");

        assertThat(landing.refusal()).isNull();
        assertThat(connections.outcome(state)).hasValueSatisfying(outcome -> {
            assertThat(outcome.connected()).isFalse();
            assertThat(outcome.message()).isEqualTo("X did not allow the connection (access_denied: The user denied "
                    + "access). Nothing was connected.");
        });
        assertThat(x.exchanged).isEmpty();
        verify(channels, never()).addPlatformAccount(anyString(), any(), any(), any(Boolean.class));
        verify(reconnects, never()).connected(anyLong());
    }

    @Test
    void aCodeThePlatformRefusesIsShownAndNothingIsStored() {
        String state = state(connections.startConnection("beanleaf", Connector.X, false));
        x.refuse = new AccountProblem("The platform refused the authorization code (invalid_grant, HTTP 400)", true);

        connections.finish("x", state, "stale-code", null, null);

        assertThat(connections.outcome(state).orElseThrow().message())
                .isEqualTo("X did not give access: The platform refused the authorization code (invalid_grant, "
                        + "HTTP 400). Nothing was connected.");
        verify(channels, never()).addPlatformAccount(anyString(), any(), any(), any(Boolean.class));
    }

    @Test
    void blueskySignsInAtTheConfiguredServiceAndOnlyTheTokensAreStored() {
        ChannelSummary channel = connections.signIn("beanleaf", Connector.BLUESKY, " brand.bsky.social ",
                "abcd-efgh-ijkl-mnop", "", false);

        assertThat(bluesky.signedIn).containsExactly("brand.bsky.social abcd-efgh-ijkl-mnop https://bsky.example");
        assertThat(channel.id()).isEqualTo(41);
        verify(channels).addPlatformAccount(eq("beanleaf"), eq(Connector.BLUESKY), eq(bluesky.tokens()), eq(false));
        assertThat(bluesky.tokens().toString()).doesNotContain("abcd-efgh-ijkl-mnop");
        verify(reconnects).connected(41);
    }

    @Test
    void blueskySignInNeedsAHandleAPasswordAndAnAddressAndShowsAWrongPasswordAtThePasswordField() {
        assertThatThrownBy(() -> connections.signIn("beanleaf", Connector.BLUESKY, " ", "", "ftp://pds", false))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("identifier", "password", "serviceUrl"));
        bluesky.refuse = new AccountProblem("Bluesky refused the sign-in: Invalid identifier or password", true);

        assertThatThrownBy(() -> connections.signIn("beanleaf", Connector.BLUESKY, "brand.bsky.social", "wrong",
                "https://pds.example", false)).isInstanceOfSatisfying(InvalidInput.class, refused ->
                        assertThat(refused.problems()).containsOnlyKeys("password"));
        verify(channels, never()).addPlatformAccount(anyString(), any(), any(), any(Boolean.class));
    }

    @Test
    void aCopywriterCannotSignABlueskyAccountIn() {
        doThrow(new AccessDeniedException("cody may not manage the channels of brand beanleaf"))
                .when(channels).requireMayManage("beanleaf");

        assertThatThrownBy(() -> connections.signIn("beanleaf", Connector.BLUESKY, "brand.bsky.social", "pw", null,
                false)).isInstanceOf(AccessDeniedException.class);
        assertThat(bluesky.signedIn).isEmpty();
    }

    @Test
    void testConnectionDescribesTheAccountOrSaysWhyNot() {
        when(publishing.account(41)).thenReturn(new AccountCheck("1", "@brand_x", "Bean & Leaf", 1200L, null));
        when(publishing.account(42)).thenReturn(AccountCheck.failed("X refused the token (HTTP 401)"));

        assertThat(connections.test(41).text()).isEqualTo("Connected to Bean & Leaf @brand_x · 1200 followers");
        assertThat(connections.test(42).ok()).isFalse();
        assertThat(connections.test(42).text()).isEqualTo("Not connected: X refused the token (HTTP 401)");
    }

    private static String state(URI authorize) {
        return UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state");
    }

    private static EngineRoomUser user(String id) {
        return new EngineRoomUser(id, id, Set.of("social-manager"), Set.of("beanleaf"));
    }

    /** A connector that records what it was asked and answers with fixed tokens, or refuses. */
    static final class FakeAccount implements AccountConnector {

        final Connector type;
        final boolean oauth;
        final List<String> exchanged = new ArrayList<>();
        final List<String> pages = new ArrayList<>();
        final List<String> signedIn = new ArrayList<>();
        AccountProblem refuse;

        FakeAccount(Connector type, boolean oauth) {
            this.type = type;
            this.oauth = oauth;
        }

        AccountTokens tokens() {
            return new AccountTokens("acct-" + type, "@brand_" + type.name().toLowerCase(), null, "access", "refresh",
                    Instant.parse("2030-01-01T00:00:00Z"));
        }

        @Override
        public Connector type() {
            return type;
        }

        @Override
        public Optional<OAuthApp> oauth() {
            return oauth ? Optional.of(new OAuthApp("client-" + type, "secret", URI.create(type == Connector.X
                    ? "https://x.com/i/oauth2/authorize" : "https://www.facebook.com/v21.0/dialog/oauth"),
                    URI.create("https://api.x.com/2/oauth2/token"), List.of("tweet.write", "offline.access"), true,
                    true, Map.of())) : Optional.empty();
        }

        @Override
        public AccountTokens exchange(String code, String codeVerifier, URI redirectUri, String account) {
            if (refuse != null) {
                throw refuse;
            }
            exchanged.add(code + " " + codeVerifier + " " + redirectUri);
            pages.add(String.valueOf(account));
            return tokens();
        }

        @Override
        public AccountTokens signIn(String identifier, String password, String serviceUrl) {
            if (refuse != null) {
                throw refuse;
            }
            signedIn.add(identifier + " " + password + " " + serviceUrl);
            return tokens();
        }

        @Override
        public AccountTokens refresh(ChannelConnection channel) {
            return tokens();
        }

        @Override
        public AccountCheck account(ChannelConnection channel) {
            return new AccountCheck("1", "@brand", null, null, null);
        }
    }

    /** A clock a test moves by hand. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-05T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
