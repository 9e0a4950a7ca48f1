package io.engineroom.brand;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.domain.Brand;
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

/** A brand's channels: which accounts it posts to, and through which connector. */
@Service
public class ChannelService {

    private final ChannelRepository channels;
    private final BrandRepository brands;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelService(ChannelRepository channels, BrandRepository brands, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.channels = channels;
        this.brands = brands;
    }

    /** Adds a channel posted to by hand. */
    @Transactional
    public ChannelSummary addManual(String brandId, Platform platform, String handle, boolean mainChannel) {
        Channel channel = newChannel(brandId, platform, handle, Connector.MANUAL, mainChannel, new LinkedHashMap<>());
        return summary(channels.save(channel));
    }

    /** Adds a Mastodon account posted to through its server's API. */
    @Transactional
    public ChannelSummary addMastodon(String brandId, String handle, String baseUrl, String accessToken,
            boolean mainChannel) {
        Map<String, String> problems = new LinkedHashMap<>();
        requireHttpUrl("baseUrl", baseUrl, problems);
        if (accessToken == null || accessToken.isBlank()) {
            problems.put("accessToken", "An access token is required to post to Mastodon");
        }
        Channel channel = newChannel(brandId, Platform.MASTODON, handle, Connector.MASTODON, mainChannel, problems);
        channel.connectMastodon(baseUrl.replaceAll("/+$", ""), accessToken);
        return summary(channels.save(channel));
    }

    /** Adds a channel whose posts go to the brand's own endpoint as signed JSON. */
    @Transactional
    public ChannelSummary addWebhook(String brandId, Platform platform, String handle, String webhookUrl,
            String secret, boolean mainChannel) {
        Map<String, String> problems = new LinkedHashMap<>();
        requireHttpUrl("webhookUrl", webhookUrl, problems);
        if (secret == null || secret.length() < 16) {
            problems.put("webhookSecret", "The signing secret needs at least 16 characters");
        }
        Channel channel = newChannel(brandId, platform, handle, Connector.WEBHOOK, mainChannel, problems);
        channel.connectWebhook(webhookUrl, secret);
        return summary(channels.save(channel));
    }

    @Transactional(readOnly = true)
    public List<ChannelSummary> of(String brandId) {
        return channels.findByBrandIdOrderByPlatformAscHandleAsc(brandId).stream().map(ChannelService::summary)
                .toList();
    }

    /**
     * Every active brand's main channels: the ones that must not fall silent. An archived brand's channels are left
     * out, so channel health opens no work for them.
     */
    @Transactional(readOnly = true)
    public List<MainChannel> mainChannels() {
        Set<String> archived = brands.findByArchivedAtIsNotNull().stream().map(Brand::getId)
                .collect(Collectors.toSet());
        return channels.findByMainChannelTrueOrderByBrandIdAscIdAsc().stream()
                .filter(channel -> !archived.contains(channel.getBrandId()))
                .map(channel -> new MainChannel(summary(channel), channel.getCreatedAt())).toList();
    }

    /**
     * Marks the channel as one of its brand's main channels (those channel health watches), or not. Admins and the
     * brand's social managers.
     */
    @Transactional
    public ChannelSummary setMainChannel(long channelId, boolean mainChannel) {
        Channel channel = channels.findById(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        EngineRoomUser user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !(user.hasRole(Role.SOCIAL_MANAGER) && user.belongsTo(channel.getBrandId()))) {
            throw new AccessDeniedException("Only admins and the brand's social managers choose its main channels");
        }
        if (channel.isMainChannel() != mainChannel) {
            String label = channel.getPlatform().displayName() + " " + channel.getHandle();
            channel.mainChannel(mainChannel);
            events.publishEvent(new AdminChange("channel", label, channel.getBrandId(),
                    mainChannel ? "made a main channel" : "no longer a main channel", user.id(), clock.instant(),
                    Map.of("Main channel", mainChannel ? "no" : "yes"),
                    Map.of("Main channel", mainChannel ? "yes" : "no")));
        }
        return summary(channel);
    }

    @Transactional(readOnly = true)
    public Optional<ChannelSummary> find(long channelId) {
        return channels.findById(channelId).map(ChannelService::summary);
    }

    /** The channel's address and credentials, for the connector that posts to it. */
    @Transactional(readOnly = true)
    public Optional<ChannelConnection> connection(long channelId) {
        return channels.findById(channelId).map(channel -> new ChannelConnection(channel.getId(),
                channel.getBrandId(), channel.getPlatform(), channel.getHandle(), channel.getConnector(),
                channel.getBaseUrl(), channel.getAccessToken(), channel.getWebhookUrl(), channel.getWebhookSecret()));
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

    private static void requireHttpUrl(String field, String url, Map<String, String> problems) {
        try {
            URI uri = URI.create(url == null ? "" : url.trim());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.put(field, "An http(s) address is required");
            }
        } catch (IllegalArgumentException e) {
            problems.put(field, "Not a valid address: " + e.getMessage());
        }
    }

    private static ChannelSummary summary(Channel channel) {
        return new ChannelSummary(channel.getId(), channel.getBrandId(), channel.getPlatform(), channel.getHandle(),
                channel.getConnector(), channel.isMainChannel());
    }
}
