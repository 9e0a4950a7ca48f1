package io.engineroom.brand;

import io.engineroom.base.Secrets;
import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.domain.Brand;
import io.engineroom.base.OutboundAddresses;
import io.engineroom.brand.domain.BrandRepository;
import io.engineroom.brand.domain.Channel;
import io.engineroom.brand.domain.ChannelRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A brand's channels: which accounts it posts to, and through which connector. Adding, switching the main flag and
 * disabling are for admins and the brand's own social managers (checked here, not only on the screen), and each
 * change is published as an {@link AdminChange} in its transaction.
 */
@Service
public class ChannelService {

    /** Prefix of the webhook signing secrets Engine Room makes, so a leaked one is recognisable. */
    static final String WEBHOOK_SECRET_PREFIX = "erw_";

    /** Longest token and signing secret taken: sealed at rest, they must fit their columns (V33, V34). */
    private static final int MAX_SECRET = 4000;
    private static final int MAX_WEBHOOK_SECRET = 500;

    private final ChannelRepository channels;
    private final BrandRepository brands;
    private final CurrentUser currentUser;
    private final OutboundAddresses addresses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelService(ChannelRepository channels, BrandRepository brands, CurrentUser currentUser,
            OutboundAddresses addresses, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.channels = channels;
        this.brands = brands;
        this.currentUser = currentUser;
        this.addresses = addresses;
        this.events = events;
    }

    /** A webhook channel just added, with the signing secret Engine Room made for it: shown this once. */
    public record NewWebhook(ChannelSummary channel, String signingSecret) {

        @Override
        public String toString() {
            return "NewWebhook[" + channel + "]";
        }
    }

    /** Adds a channel posted to by hand. */
    @Transactional
    public ChannelSummary addManual(String brandId, Platform platform, String handle, boolean mainChannel) {
        requireMayManage(brandId);
        Channel channel = newChannel(brandId, platform, handle, Connector.MANUAL, mainChannel, new LinkedHashMap<>());
        return added(channels.save(channel), Map.of());
    }

    /** Adds a Mastodon account posted to through its server's API. */
    @Transactional
    public ChannelSummary addMastodon(String brandId, String handle, String baseUrl, String accessToken,
            boolean mainChannel) {
        requireMayManage(brandId);
        Map<String, String> problems = new LinkedHashMap<>();
        requireHttpUrl("baseUrl", baseUrl, problems);
        if (accessToken == null || accessToken.isBlank()) {
            problems.put("accessToken", "An access token is required to post to Mastodon");
        } else if (accessToken.strip().length() > MAX_SECRET) {
            problems.put("accessToken", "An access token has at most " + MAX_SECRET + " characters");
        }
        Channel channel = newChannel(brandId, Platform.MASTODON, handle, Connector.MASTODON, mainChannel, problems);
        channel.connectMastodon(baseUrl.trim().replaceAll("/+$", ""), accessToken.trim());
        return added(channels.save(channel), Map.of("Server", channel.getBaseUrl(), "Access token", "(issued)"));
    }

    /**
     * Adds a channel whose posts go to the brand's own endpoint as signed JSON, with a signing secret Engine Room
     * makes (32 random bytes): returned this once, for the receiver's configuration.
     */
    @Transactional
    public NewWebhook addWebhook(String brandId, Platform platform, String handle, String webhookUrl,
            boolean mainChannel) {
        String secret = Secrets.random(WEBHOOK_SECRET_PREFIX);
        return new NewWebhook(addWebhook(brandId, platform, handle, webhookUrl, secret, mainChannel), secret);
    }

    /** Adds a webhook channel with a signing secret agreed elsewhere (a receiver that exists already). */
    @Transactional
    public ChannelSummary addWebhook(String brandId, Platform platform, String handle, String webhookUrl,
            String secret, boolean mainChannel) {
        requireMayManage(brandId);
        Map<String, String> problems = new LinkedHashMap<>();
        requireHttpUrl("webhookUrl", webhookUrl, problems);
        if (secret == null || secret.length() < 16) {
            problems.put("webhookSecret", "The signing secret needs at least 16 characters");
        } else if (secret.length() > MAX_WEBHOOK_SECRET) {
            problems.put("webhookSecret", "The signing secret has at most " + MAX_WEBHOOK_SECRET + " characters");
        }
        Channel channel = newChannel(brandId, platform, handle, Connector.WEBHOOK, mainChannel, problems);
        channel.connectWebhook(webhookUrl.trim(), secret);
        return added(channels.save(channel), Map.of("Address", channel.getWebhookUrl(), "Signing secret", "(issued)"));
    }

    /**
     * Adds a channel signed in to its platform account (the tokens a connector got by OAuth or sign-in), or signs an
     * existing channel of the brand with the same account in again (a person reconnecting after a refusal).
     */
    @Transactional
    public ChannelSummary addPlatformAccount(String brandId, Connector connector, AccountTokens tokens,
            boolean mainChannel) {
        requireMayManage(brandId);
        if (connector == null || !connector.platformAccount()) {
            throw new InvalidInput("connector", "Not a platform account connector: " + connector);
        }
        String handle = tokens.handle() == null ? tokens.accountId() : tokens.handle();
        Optional<Channel> existing = channels.findByBrandIdOrderByPlatformAscHandleAsc(brandId).stream()
                .filter(channel -> channel.getConnector() == connector && tokens.accountId() != null
                        && tokens.accountId().equals(channel.getAccountId()))
                .findFirst();
        if (existing.isPresent()) {
            Channel channel = existing.get();
            channel.connectAccount(tokens.baseUrl(), tokens.accountId(), tokens.accessToken(), tokens.refreshToken(),
                    tokens.expiresAt(), clock.instant());
            changed(channel, "connected again", Map.of(), Map.of("Account", String.valueOf(tokens.accountId()),
                    "Access token", "(issued)"));
            return summary(channel);
        }
        Channel channel = newChannel(brandId, connector.platform(), handle, connector, mainChannel,
                new LinkedHashMap<>());
        channel.connectAccount(tokens.baseUrl(), tokens.accountId(), tokens.accessToken(), tokens.refreshToken(),
                tokens.expiresAt(), clock.instant());
        return added(channels.save(channel), Map.of("Account", String.valueOf(tokens.accountId()),
                "Access token", "(issued)"));
    }

    /** Makes the channel one of its brand's main channels (watched for silence), or not. */
    @Transactional
    public ChannelSummary setMain(long channelId, boolean mainChannel) {
        Channel channel = managed(channelId);
        if (channel.isMainChannel() != mainChannel) {
            channel.setMainChannel(mainChannel);
            changed(channel, mainChannel ? "made a main channel" : "no longer a main channel",
                    Map.of("Main channel", yesNo(!mainChannel)), Map.of("Main channel", yesNo(mainChannel)));
        }
        return summary(channel);
    }

    /**
     * Switches the channel off or on again. A disabled channel keeps its history but is not offered for new content,
     * not published to, not polled, and its deliveries to the intake API are refused.
     */
    @Transactional
    public ChannelSummary setEnabled(long channelId, boolean enabled) {
        Channel channel = managed(channelId);
        if (channel.isEnabled() != enabled) {
            channel.setEnabled(enabled);
            changed(channel, enabled ? "enabled" : "disabled", Map.of("Enabled", yesNo(!enabled)),
                    Map.of("Enabled", yesNo(enabled)));
        }
        return summary(channel);
    }

    /** Every channel of the brand, disabled ones included (for labels, history and the Channels screen). */
    @Transactional(readOnly = true)
    public List<ChannelSummary> of(String brandId) {
        return channels.findByBrandIdOrderByPlatformAscHandleAsc(brandId).stream().map(ChannelService::summary)
                .toList();
    }

    /** The brand's enabled channels: those offered for new content, posted to and polled. */
    @Transactional(readOnly = true)
    public List<ChannelSummary> enabledOf(String brandId) {
        return of(brandId).stream().filter(ChannelSummary::enabled).toList();
    }

    /**
     * Every active brand's enabled main channels: the ones that must not fall silent. An archived brand's channels
     * are left out, so channel health opens no work for them.
     */
    @Transactional(readOnly = true)
    public List<MainChannel> mainChannels() {
        Set<String> archived = brands.findByArchivedAtIsNotNull().stream().map(Brand::getId)
                .collect(Collectors.toSet());
        return channels.findByMainChannelTrueOrderByBrandIdAscIdAsc().stream().filter(Channel::isEnabled)
                .filter(channel -> !archived.contains(channel.getBrandId()))
                .map(channel -> new MainChannel(summary(channel), channel.getCreatedAt())).toList();
    }

    /**
     * The enabled channels signed in to one platform account (a Facebook page id, an Instagram user id), in every
     * brand that connected it: for a platform's push delivery, which names the account, not the channel.
     */
    @Transactional(readOnly = true)
    public List<ChannelSummary> enabledWithAccount(Connector connector, String accountId) {
        if (connector == null || accountId == null || accountId.isBlank()) {
            return List.of();
        }
        return channels.findByConnectorAndAccountIdOrderByIdAsc(connector, accountId).stream()
                .filter(Channel::isEnabled).map(ChannelService::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ChannelSummary> find(long channelId) {
        return channels.findById(channelId).map(ChannelService::summary);
    }

    /** The channel's address and credentials, for the connector that posts to it. */
    @Transactional(readOnly = true)
    public Optional<ChannelConnection> connection(long channelId) {
        return channels.findById(channelId).map(ChannelService::connection);
    }

    static ChannelConnection connection(Channel channel) {
        return new ChannelConnection(channel.getId(), channel.getBrandId(), channel.getPlatform(), channel.getHandle(),
                channel.getConnector(), channel.getBaseUrl(), channel.getAccessToken(), channel.getWebhookUrl(),
                channel.getWebhookSecret(), channel.isEnabled(), channel.getAccountId(), channel.getRefreshToken(),
                channel.getTokenExpiresAt());
    }

    /** Whether the signed-in person may add and change the brand's channels: an admin, or its social manager. */
    public boolean mayManage(String brandId) {
        return currentUser.find().map(user -> mayManage(user, brandId)).orElse(false);
    }

    /**
     * Refuses anyone but an admin or a social manager of the brand: for the other modules' channel actions (test
     * events, intake credentials) too, so the rule is in one place.
     *
     * @throws AccessDeniedException when the signed-in person may not manage the brand's channels
     */
    public void requireMayManage(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (!mayManage(user, brandId)) {
            throw new AccessDeniedException(user.id() + " may not manage the channels of brand " + brandId);
        }
    }

    /**
     * Refuses anyone who manages no brand's channels: for checks made before a channel exists (reading a Mastodon
     * account from a server and token typed into the form), which call out to an address a person typed.
     *
     * @throws AccessDeniedException unless the signed-in person is an admin or a social manager of some brand
     */
    public void requireMayManageSome() {
        EngineRoomUser user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && (!user.hasRole(Role.SOCIAL_MANAGER) || user.brands().isEmpty())) {
            throw new AccessDeniedException(user.id() + " manages no brand's channels");
        }
    }

    private static boolean mayManage(EngineRoomUser user, String brandId) {
        return BrandPolicyAccess.mayManage(user, brandId); // the same people as a brand's policies
    }

    private Channel managed(long channelId) {
        Channel channel = channels.findById(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        requireMayManage(channel.getBrandId());
        return channel;
    }

    private Channel newChannel(String brandId, Platform platform, String handle, Connector connector,
            boolean mainChannel, Map<String, String> problems) {
        if (brandId == null || !brands.existsById(brandId)) {
            problems.put("brand", "No brand '" + brandId + "'");
        }
        if (platform == null) {
            problems.put("platform", "Choose a platform");
        }
        if (handle == null || handle.isBlank() || handle.length() > 200) {
            problems.put("handle", "A handle of 1 to 200 characters is required");
        } else if (platform != null && channels.existsByBrandIdAndPlatformAndHandle(brandId, platform, handle.trim())) {
            problems.put("handle", "This brand has " + handle.trim() + " on " + platform.displayName() + " already");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Channel(brandId, platform, handle.trim(), connector, mainChannel, clock.instant());
    }

    private void requireHttpUrl(String field, String url, Map<String, String> problems) {
        try {
            URI uri = URI.create(url == null ? "" : url.trim());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.put(field, "An http(s) address is required");
            } else {
                addresses.refusal(uri).ifPresent(refused -> problems.put(field, refused));
            }
        } catch (IllegalArgumentException e) {
            problems.put(field, "Not a valid address: " + e.getMessage());
        }
    }

    private ChannelSummary added(Channel channel, Map<String, String> connection) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Platform", channel.getPlatform().displayName());
        after.put("Handle", channel.getHandle());
        after.put("Connector", channel.getConnector().name());
        after.putAll(connection);
        after.put("Main channel", yesNo(channel.isMainChannel()));
        after.put("Enabled", yesNo(channel.isEnabled()));
        ChannelSummary summary = summary(channel);
        publish(summary, "added", Map.of(), after);
        return summary;
    }

    private void changed(Channel channel, String action, Map<String, String> before, Map<String, String> after) {
        publish(summary(channel), action, before, after);
    }

    private void publish(ChannelSummary channel, String action, Map<String, String> before,
            Map<String, String> after) {
        events.publishEvent(new AdminChange("channel", channel.label(), channel.brandId(), action,
                currentUser.require().id(), clock.instant(), before, after));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static ChannelSummary summary(Channel channel) {
        return new ChannelSummary(channel.getId(), channel.getBrandId(), channel.getPlatform(), channel.getHandle(),
                channel.getConnector(), channel.isMainChannel(), channel.isEnabled());
    }
}
