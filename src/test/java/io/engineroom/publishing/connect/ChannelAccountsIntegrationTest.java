package io.engineroom.publishing.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.engineroom.base.OneNodeAtATime;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.brand.TokenState;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountConnector;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.ChannelReconnectTasks;
import io.engineroom.publishing.OAuthApp;
import io.engineroom.publishing.PublishingSettings;
import io.engineroom.publishing.TestPlatformTokens;
import io.engineroom.publishing.connector.PublishingProperties;
import io.engineroom.publishing.domain.OAuthAuthorization;
import io.engineroom.publishing.domain.OAuthAuthorizationRepository;
import io.engineroom.support.AsAdmin;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.FormLoginClient;
import io.engineroom.support.SignedIn;
import io.engineroom.support.TestClock;
import io.engineroom.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OAuth callback over HTTP with a signed-in browser session (the refusals: nothing asked of a platform, nothing
 * stored), the token refresh schedule on the real channel tokens, and the reconnect task a refused token opens.
 */
@EngineRoomIntegrationTest
class ChannelAccountsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory users;
    @Autowired
    OneNodeAtATime oneNode;
    @Autowired
    BrandService brands;
    @Autowired
    ChannelService channels;
    @Autowired
    ChannelTokens channelTokens;
    @Autowired
    ChannelAccounts accounts;
    @Autowired
    ChannelReconnectTasks reconnects;
    @Autowired
    OAuthAuthorizationRepository authorizations;
    @Autowired
    PublishingSettings settings;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    final TestClock clock = TestClock.get();
    String brandId;
    String manager;
    String writer;

    @BeforeEach
    void aBrandWithItsManagerAndCopywriter() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        brandId = "acc-" + run;
        AsAdmin.call(() -> brands.create(brandId, "Accounts " + run, false));
        manager = TestUsers.ensure(users, brands, "acc-sm-" + run, Role.SOCIAL_MANAGER, brandId);
        writer = TestUsers.ensure(users, brands, "acc-cw-" + run, Role.COPYWRITER, brandId);
    }

    private String started(String userId, Instant at, boolean used) {
        String state = "state-" + UUID.randomUUID();
        OAuthAuthorization row = new OAuthAuthorization(state, brandId, Connector.X, "verifier",
                "http://localhost/oauth/callback/x", userId, false, at);
        if (used) {
            row.use(at);
        }
        authorizations.save(row);
        return state;
    }

    private String landing(FormLoginClient browser, String query) throws Exception {
        HttpResponse<String> answer = browser.get("/oauth/callback/x?" + query);
        assertThat(answer.statusCode()).isEqualTo(303);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void theCallbackRefusesAnUnknownAnotherPersonsAnExpiredAndAUsedStateWithoutConnectingAnything() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn(manager, TestUsers.PASSWORD);
        String othersState = started("admin", clock.instant(), false);
        String expired = started(manager, clock.instant().minus(Duration.ofMinutes(11)), false);
        String used = started(manager, clock.instant(), true);

        assertThat(landing(browser, "state=forged&code=abc")).endsWith("/admin/channels?refused=unknown");
        assertThat(landing(browser, "code=abc")).endsWith("/admin/channels?refused=unknown");
        assertThat(landing(browser, "state=" + othersState + "&code=abc"))
                .endsWith("/admin/channels?refused=other-person");
        assertThat(authorizations.findById(othersState).orElseThrow().getUsedAt()).as("still the admin's").isNull();
        assertThat(landing(browser, "state=" + expired + "&code=abc"))
                .endsWith("/admin/channels?brand=" + brandId + "&refused=expired");
        assertThat(landing(browser, "state=" + expired + "&code=abc")).endsWith("&refused=used");
        assertThat(landing(browser, "state=" + used + "&code=abc")).endsWith("&refused=used");
        assertThat(AsAdmin.call(() -> channels.of(brandId))).isEmpty();
    }

    @Test
    void aCopywriterOfTheBrandCannotFinishAConnectionEvenOneTheyStarted() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn(writer, TestUsers.PASSWORD);
        String state = started(writer, clock.instant(), false);

        assertThat(landing(browser, "state=" + state + "&code=abc")).endsWith("/admin/channels?refused=not-allowed");
        assertThat(AsAdmin.call(() -> channels.of(brandId))).isEmpty();
    }

    @Test
    void aPlatformErrorIsShownOnlyToThePersonWhoStartedItAndNothingIsConnected() throws Exception {
        FormLoginClient browser = new FormLoginClient(port).signIn(manager, TestUsers.PASSWORD);
        String state = started(manager, clock.instant(), false);

        assertThat(landing(browser, "state=" + state + "&error=access_denied&error_description=User+declined"))
                .endsWith("/admin/channels?brand=" + brandId + "&connection=" + state);

        try (var signedIn = SignedIn.as(users, manager)) {
            assertThat(accounts.outcome(state)).hasValueSatisfying(outcome -> {
                assertThat(outcome.connected()).isFalse();
                assertThat(outcome.message()).isEqualTo("X did not allow the connection (access_denied: User "
                        + "declined). Nothing was connected.");
            });
        }
        try (var signedIn = SignedIn.as(users, "admin")) {
            assertThat(accounts.outcome(state)).isEmpty();
        }
        assertThat(AsAdmin.call(() -> channels.of(brandId))).isEmpty();
    }

    @Test
    void theCallbackIsOnlyForSignedInPeople() throws Exception {
        String state = started(manager, clock.instant(), false);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth/callback/x?state=" + state + "&code=abc")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
        assertThat(authorizations.findById(state).orElseThrow().getUsedAt()).isNull();
    }

    @Test
    void theScheduleRefreshesAnExpiringTokenAndARefusedRefreshMarksTheChannelOnceWithOneReconnectTask() {
        Instant soon = clock.instant().plus(Duration.ofMinutes(1));
        ChannelSummary x = AsAdmin.call(() -> channels.addPlatformAccount(brandId, Connector.X,
                new AccountTokens("x-1", "@beans", "http://127.0.0.1:9", "access-1", "refresh-1", soon), false));
        ChannelSummary linkedIn = AsAdmin.call(() -> channels.addPlatformAccount(brandId, Connector.LINKEDIN,
                new AccountTokens("urn:li:organization:1", "Beans Ltd", "http://127.0.0.1:9", "access-1",
                        "refresh-1", soon), false));
        StandIn xAccount = new StandIn(Connector.X, null);
        StandIn linkedInAccount = new StandIn(Connector.LINKEDIN,
                new AccountProblem("The platform refused the refresh token (invalid_grant, HTTP 400)", true));
        PublishingProperties properties = settings.publishing();
        PublishingSettings twoMinutesAhead = new PublishingSettings(new PublishingProperties(
                properties.connectTimeout(), properties.timeout(), properties.platforms(), Duration.ofMinutes(2)),
                settings.cadence());
        TokenRefreshSchedule schedule = new TokenRefreshSchedule(TestPlatformTokens.of(
                List.<AccountConnector>of(xAccount, linkedInAccount), channelTokens, clock), authorizations,
                twoMinutesAhead, new AccountSettings(true, Duration.ofMinutes(5)), clock, oneNode);
        try {
            assertThat(schedule.run()).isEqualTo(1);

            ChannelConnection refreshed = channels.connection(x.id()).orElseThrow();
            assertThat(refreshed.accessToken()).isEqualTo("access-2");
            assertThat(refreshed.tokenExpiresAt()).isAfter(clock.instant().plus(Duration.ofMinutes(30)));
            ChannelTokens.AccountState refused = channelTokens.state(linkedIn.id());
            assertThat(refused.state()).isEqualTo(TokenState.REFUSED);
            assertThat(refused.problem()).contains("invalid_grant");
            String key = ChannelReconnectTasks.businessKey(linkedIn.id());
            await().atMost(Duration.ofSeconds(20)).until(() -> openTasks(key) == 1);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
                    .getTenantId()).isEqualTo(brandId);

            schedule.run();
            assertThat(channelTokens.refused(linkedIn.id(), "again")).as("marked once").isFalse();
            assertThat(linkedInAccount.refreshes).as("a refused token is not tried again").hasValue(1);
            assertThat(openTasks(key)).isEqualTo(1);

            AsAdmin.call(() -> channels.addPlatformAccount(brandId, Connector.LINKEDIN, new AccountTokens(
                    "urn:li:organization:1", "Beans Ltd", null, "access-3", "refresh-3", null), false));
            assertThat(reconnects.connected(linkedIn.id())).isEqualTo(1);
            assertThat(openTasks(key)).isZero();
            assertThat(historyService.createHistoricActivityInstanceQuery().activityId("ChannelConnected")
                    .processInstanceId(historyService.createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(key).singleResult().getId()).count()).isEqualTo(1);
            assertThat(channelTokens.state(linkedIn.id()).state()).isEqualTo(TokenState.ACTIVE);
        } finally {
            schedule.stop();
            AsAdmin.run(() -> {
                channels.setEnabled(x.id(), false);
                channels.setEnabled(linkedIn.id(), false);
            });
        }
    }

    private long openTasks(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count();
    }

    /** An account connector whose refresh gives new tokens, or is refused. */
    static final class StandIn implements AccountConnector {

        final Connector type;
        final AccountProblem refusal;
        final AtomicInteger refreshes = new AtomicInteger();

        StandIn(Connector type, AccountProblem refusal) {
            this.type = type;
            this.refusal = refusal;
        }

        @Override
        public Connector type() {
            return type;
        }

        @Override
        public Optional<OAuthApp> oauth() {
            return Optional.empty();
        }

        @Override
        public AccountTokens refresh(ChannelConnection channel) {
            refreshes.incrementAndGet();
            if (refusal != null) {
                throw refusal;
            }
            return new AccountTokens(channel.accountId(), null, null, "access-2", "refresh-2",
                    Instant.parse("2030-01-01T00:00:00Z"));
        }

        @Override
        public AccountCheck account(ChannelConnection channel) {
            return AccountCheck.failed("not asked");
        }
    }
}
