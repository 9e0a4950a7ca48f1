package io.engineroom.publishing.connect;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.AccountTokens;
import io.engineroom.brand.ChannelAccounts;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.Connector;
import io.engineroom.identity.CurrentUser;
import io.engineroom.publishing.AccountCheck;
import io.engineroom.publishing.AccountConnector;
import io.engineroom.publishing.AccountProblem;
import io.engineroom.publishing.ChannelReconnectTasks;
import io.engineroom.publishing.OAuthApp;
import io.engineroom.publishing.PlatformTokens;
import io.engineroom.publishing.PlatformChannels;
import io.engineroom.publishing.PublishingSettings;
import io.engineroom.publishing.connector.OAuthTokens;
import io.engineroom.publishing.connector.PublishingProperties.PlatformApp;
import io.engineroom.publishing.domain.OAuthAuthorization;
import io.engineroom.publishing.domain.OAuthAuthorizationRepository;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connects a brand's channels to platform accounts. OAuth 2.0: {@link #startConnection} keeps who asked, for which
 * brand, with a random single-use state and the PKCE verifier on the server, and {@link #finish} (the platform's
 * callback) takes the code only from the same person within 10 minutes, asks the platform's connector for the
 * tokens and stores the channel. Bluesky: {@link #signIn} hands the app password to the platform once and keeps
 * only the tokens. Connecting a channel again closes its "Connect again" task.
 */
@Service
class AccountConnections implements ChannelAccounts {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final String CALLBACK_PATH = "/oauth/callback/";
    private static final List<Connector> ORDER = List.of(Connector.BLUESKY, Connector.X, Connector.LINKEDIN,
            Connector.FACEBOOK, Connector.INSTAGRAM);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Function<Connector, AccountConnector> connectors;
    private final PublishingSettings settings;
    private final ChannelService channels;
    private final PlatformChannels publishing;
    private final ChannelReconnectTasks reconnects;
    private final OAuthAuthorizationRepository authorizations;
    private final CurrentUser currentUser;
    private final OAuthTokens oauth;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String callbackBase;

    @Autowired
    AccountConnections(PlatformTokens tokens, PublishingSettings settings, ChannelService channels,
            PlatformChannels publishing, ChannelReconnectTasks reconnects,
            OAuthAuthorizationRepository authorizations, CurrentUser currentUser,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${engineroom.publishing.oauth-callback-base:${engineroom.mail.app-url:http://localhost:8080}}")
            String callbackBase) {
        this(tokens::connector, settings, channels, publishing, reconnects, authorizations, currentUser,
                transactions, clock, callbackBase);
    }

    AccountConnections(Function<Connector, AccountConnector> connectors, PublishingSettings settings,
            ChannelService channels, PlatformChannels publishing, ChannelReconnectTasks reconnects,
            OAuthAuthorizationRepository authorizations, CurrentUser currentUser,
            PlatformTransactionManager transactions, Clock clock, String callbackBase) {
        this.connectors = connectors;
        this.settings = settings;
        this.channels = channels;
        this.publishing = publishing;
        this.reconnects = reconnects;
        this.authorizations = authorizations;
        this.currentUser = currentUser;
        // builds the authorization address only (no HTTP here): the connectors exchange the code themselves
        this.oauth = new OAuthTokens(settings.publishing().connectTimeout(), settings.publishing().timeout(), clock);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.callbackBase = callbackBase.replaceAll("/+$", "");
    }

    /** Where a platform sends the person back: registered as the redirect URI of the team's app there. */
    URI redirectUri(Connector connector) {
        return URI.create(callbackBase + CALLBACK_PATH + connector.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<AccountWay> ways() {
        return ORDER.stream().map(this::way).toList();
    }

    private AccountWay way(Connector connector) {
        String label = "Connect " + (connector == Connector.FACEBOOK ? "Facebook Page"
                : connector.platform().displayName());
        Optional<AccountConnector> account = find(connector);
        if (account.isEmpty()) {
            return new AccountWay(connector, label, Way.UNAVAILABLE, "This installation has no "
                    + connector.platform().displayName() + " connector.");
        }
        if (!usesOAuth(connector)) {
            return new AccountWay(connector, label, Way.SIGN_IN, null);
        }
        if (!settings.publishing().platform(connector).registered() || app(account.get()).isEmpty()) {
            return new AccountWay(connector, label, Way.NOT_SET_UP, setUpHint(connector));
        }
        return new AccountWay(connector, label, Way.OAUTH, null);
    }

    /** What an administrator sets so the platform can be connected: its app's environment variables. */
    String setUpHint(Connector connector) {
        String variables = switch (connector) {
            case X -> "X_CLIENT_ID and X_CLIENT_SECRET";
            case LINKEDIN -> "LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET";
            case FACEBOOK, INSTAGRAM -> "META_APP_ID and META_APP_SECRET";
            default -> "engineroom.publishing.platforms." + connector.name().toLowerCase(Locale.ROOT)
                    + ".client-id and client-secret";
        };
        return "To connect " + connector.platform().displayName() + ", register an app on its developer portal with "
                + "the redirect URI " + redirectUri(connector) + ", then set " + variables
                + " in Engine Room's environment and restart it.";
    }

    @Override
    public URI startConnection(String brandId, Connector connector, boolean mainChannel, String page) {
        channels.requireMayManage(brandId);
        if (page != null && (page.strip().length() > 300 || !page.strip().matches("[A-Za-z0-9_.:()-]*"))) {
            throw new InvalidInput("page", "A page id: letters, digits and _ . : ( ) - only, at most 300");
        }
        String userId = currentUser.require().id();
        if (connector == null || !usesOAuth(connector)) {
            throw new InvalidInput("connector", (connector == null ? "No platform" : connector.platform()
                    .displayName()) + " does not connect through the platform's sign-in page");
        }
        AccountConnector account = find(connector).orElseThrow(() -> new InvalidInput("connector",
                "This installation has no " + connector.platform().displayName() + " connector"));
        Optional<OAuthApp> registered = settings.publishing().platform(connector).registered() ? app(account)
                : Optional.empty();
        OAuthApp app = registered.orElseThrow(() -> new InvalidInput("connector", setUpHint(connector)));
        String state = randomState();
        URI redirect = redirectUri(connector);
        OAuthTokens.Authorization authorization = oauth.authorization(app, redirect, state);
        OAuthAuthorization started = new OAuthAuthorization(state, brandId, connector, authorization.codeVerifier(),
                redirect.toString(), userId, mainChannel, clock.instant());
        started.chooseAccount(page);
        authorizations.save(started);
        return authorization.uri();
    }

    /**
     * The platform's callback: checks the state (known, for this platform, not used, not expired, started by the
     * signed-in person, who still may manage the brand), spends it, then connects the channel or records why not.
     *
     * @param platform the callback path's platform ("x", "linkedin", ...)
     * @param error the platform's {@code error} parameter (the person declined, ...): shown, nothing stored
     */
    Landing finish(String platform, String state, String code, String error, String errorDescription) {
        Checked checked = transaction.execute(status -> check(platform, state));
        if (checked.refusal() != null) {
            return new Landing(checked.brandId(), null, checked.refusal());
        }
        OAuthAuthorization started = checked.authorization();
        String name = started.getConnector().platform().displayName();
        Long channelId = null;
        String message;
        if (error != null && !error.isBlank()) {
            message = name + " did not allow the connection (" + error.strip()
                    + (errorDescription == null || errorDescription.isBlank() ? "" : ": " + errorDescription.strip())
                    + "). Nothing was connected.";
        } else if (code == null || code.isBlank()) {
            message = name + " sent no authorization code back. Nothing was connected.";
        } else {
            try {
                AccountConnector account = find(started.getConnector()).orElseThrow(() -> new AccountProblem(
                        "this installation has no " + name + " connector", true));
                AccountTokens tokens = account.exchange(code,
                        checked.codeVerifier(), URI.create(started.getRedirectUri()), started.getAccount());
                ChannelSummary channel = channels.addPlatformAccount(started.getBrandId(), started.getConnector(),
                        tokens, started.isMainChannel());
                reconnects.connected(channel.id());
                channelId = channel.id();
                message = "Connected " + channel.label() + ".";
            } catch (AccountProblem problem) {
                message = name + " did not give access: " + problem.getMessage() + ". Nothing was connected.";
            } catch (InvalidInput invalid) {
                message = "Not connected: " + String.join("; ", invalid.problems().values());
            }
        }
        Long connected = channelId;
        String said = message;
        transaction.executeWithoutResult(status -> authorizations.findById(started.getState())
                .ifPresent(row -> {
                    row.finish(connected, said);
                    authorizations.save(row);
                }));
        return new Landing(started.getBrandId(), started.getState(), null);
    }

    private Checked check(String platform, String state) {
        Optional<OAuthAuthorization> found = state == null || state.isBlank() || state.length() > 100
                ? Optional.empty() : authorizations.lockByState(state);
        if (found.isEmpty() || !found.get().getConnector().name().equalsIgnoreCase(platform)) {
            return Checked.refused(null, Refusal.UNKNOWN);
        }
        OAuthAuthorization started = found.get();
        String brandId = started.getBrandId();
        if (!currentUser.find().map(user -> user.id().equals(started.getUserId())).orElse(false)) {
            // not spent: the person who started it may still finish it
            return Checked.refused(null, Refusal.OTHER_PERSON);
        }
        if (started.getUsedAt() != null) {
            return Checked.refused(brandId, Refusal.USED);
        }
        String verifier = started.getCodeVerifier();
        started.use(clock.instant());
        authorizations.save(started);
        if (!clock.instant().isBefore(started.getCreatedAt().plus(VALID_FOR))) {
            return Checked.refused(brandId, Refusal.EXPIRED);
        }
        if (!channels.mayManage(brandId)) {
            return Checked.refused(null, Refusal.NOT_ALLOWED);
        }
        return new Checked(started, verifier, brandId, null);
    }

    /** Where the callback sends the person: the Channels screen of the brand, with the outcome or the refusal. */
    record Landing(String brandId, String connection, Refusal refusal) {

        String path() {
            Map<String, String> query = new LinkedHashMap<>();
            if (brandId != null) {
                query.put("brand", brandId);
            }
            if (connection != null) {
                query.put("connection", connection);
            }
            if (refusal != null) {
                query.put("refused", refusal.code());
            }
            StringBuilder path = new StringBuilder("/admin/channels");
            query.forEach((key, value) -> path.append(path.indexOf("?") < 0 ? '?' : '&').append(key).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
            return path.toString();
        }
    }

    private record Checked(OAuthAuthorization authorization, String codeVerifier, String brandId, Refusal refusal) {

        static Checked refused(String brandId, Refusal refusal) {
            return new Checked(null, null, brandId, refusal);
        }
    }

    @Override
    public Optional<Outcome> outcome(String connection) {
        if (connection == null || connection.isBlank()) {
            return Optional.empty();
        }
        String userId = currentUser.require().id();
        return authorizations.findById(connection)
                .filter(row -> row.getUserId().equals(userId) && row.getOutcome() != null)
                .map(row -> new Outcome(row.getBrandId(), row.getChannelId(), row.getOutcome()));
    }

    @Override
    public ChannelSummary signIn(String brandId, Connector connector, String identifier, String password,
            String serviceUrl, boolean mainChannel) {
        channels.requireMayManage(brandId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (connector == null || usesOAuth(connector) || !connector.platformAccount()) {
            problems.put("connector", "This platform does not sign in with a password here");
        }
        if (identifier == null || identifier.isBlank()) {
            problems.put("identifier", "Your handle (name.bsky.social) or e-mail is required");
        }
        if (password == null || password.isBlank()) {
            problems.put("password", "An app password is required (Bluesky: Settings → Privacy and security → "
                    + "App passwords)");
        }
        String service = serviceUrl == null || serviceUrl.isBlank() ? defaultServiceUrl(connector)
                : serviceUrl.strip().replaceAll("/+$", "");
        if (!isHttpUrl(service)) {
            problems.put("serviceUrl", "An http(s) address is required, such as https://bsky.social");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AccountConnector account = find(connector).orElseThrow(() -> new InvalidInput("connector",
                "This installation has no " + connector.platform().displayName() + " connector"));
        AccountTokens tokens;
        try {
            tokens = account.signIn(identifier.strip(), password, service);
        } catch (AccountProblem problem) {
            throw new InvalidInput(problem.refused() ? "password" : "serviceUrl", problem.getMessage());
        }
        ChannelSummary channel = channels.addPlatformAccount(brandId, connector, tokens, mainChannel);
        reconnects.connected(channel.id());
        return channel;
    }

    @Override
    public String defaultServiceUrl(Connector connector) {
        PlatformApp platform = connector == null ? null : settings.publishing().platform(connector);
        return platform == null || platform.apiUrl() == null ? "https://bsky.social" : platform.apiUrl();
    }

    @Override
    public AccountTest test(long channelId) {
        AccountCheck check;
        try {
            check = publishing.account(channelId);
        } catch (IllegalStateException noConnector) {
            return new AccountTest(false, "Not connected: " + noConnector.getMessage());
        }
        return new AccountTest(check.ok(), check.ok() ? "Connected to " + check.describe()
                : "Not connected: " + check.problem());
    }

    private Optional<AccountConnector> find(Connector connector) {
        try {
            return Optional.ofNullable(connectors.apply(connector));
        } catch (IllegalStateException none) {
            return Optional.empty();
        }
    }

    private static Optional<OAuthApp> app(AccountConnector connector) {
        try {
            return connector.oauth();
        } catch (IllegalArgumentException incomplete) {
            return Optional.empty();
        }
    }

    private static boolean usesOAuth(Connector connector) {
        return connector != Connector.BLUESKY && connector.platformAccount();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String randomState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
