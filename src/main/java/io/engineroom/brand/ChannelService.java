package io.engineroom.brand;

import io.engineroom.base.InvalidInput;
import io.engineroom.brand.domain.BrandRepository;
import io.engineroom.brand.domain.Channel;
import io.engineroom.brand.domain.ChannelRepository;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A brand's channels: which accounts it posts to, and through which connector. */
@Service
public class ChannelService {

    private final ChannelRepository channels;
    private final BrandRepository brands;
    private final Clock clock;

    ChannelService(ChannelRepository channels, BrandRepository brands, Clock clock) {
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

    /** Every brand's main channels: the ones that must not fall silent. */
    @Transactional(readOnly = true)
    public List<MainChannel> mainChannels() {
        return channels.findByMainChannelTrueOrderByBrandIdAscIdAsc().stream()
                .map(channel -> new MainChannel(summary(channel), channel.getCreatedAt())).toList();
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
