package io.engineroom.publishing;

import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Connector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What Engine Room does on a platform besides posting: reading a channel's streams for the inbox, moderating an
 * interaction, reading the account ("Test connection"). Each call goes through the channel's connector with a token
 * that is good for a while yet ({@link PlatformTokens}), and a token the platform refuses is recorded, so the
 * brand's social manager is asked to connect the channel again.
 */
@Service
public class PlatformChannels {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformChannels.class);

    private final Map<Connector, PublishingConnector> connectors = new EnumMap<>(Connector.class);
    private final ChannelService channels;
    private final PlatformTokens tokens;

    PlatformChannels(List<PublishingConnector> connectors, ChannelService channels, PlatformTokens tokens) {
        connectors.forEach(connector -> this.connectors.put(connector.type(), connector));
        this.channels = channels;
        this.tokens = tokens;
    }

    /** The streams the channel's connector reads for the inbox by polling; none for a disabled channel. */
    public List<String> listeningStreams(long channelId) {
        return channels.connection(channelId).filter(ChannelConnection::enabled)
                .map(channel -> connectors.get(channel.connector())).map(PublishingConnector::listeningStreams)
                .orElse(List.of());
    }

    /**
     * Reads one page of a channel's stream from the cursor (see {@link PublishingConnector#listen}). A refused token
     * is recorded (the social manager is asked to connect again) and nothing is read.
     */
    public InboundPage listen(long channelId, String stream, String cursor) {
        ChannelConnection channel = channels.connection(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        if (!channel.enabled()) {
            return InboundPage.nothingNew();
        }
        try {
            return connectors.get(channel.connector()).listen(tokens.usable(channel), stream, cursor);
        } catch (AccountProblem e) {
            if (e.refused()) {
                tokens.refused(channelId, e.getMessage());
            }
            LOG.warn("{} of {} not read: {}", stream, channel, e.getMessage());
            return InboundPage.nothingNew();
        }
    }

    /**
     * Moderates an interaction on its channel, once (see {@link PublishingConnector#moderate}). Never throws for
     * remote trouble.
     */
    public ModerationOutcome moderate(long channelId, String externalId, String authorHandle,
            ModerationAction action) {
        ChannelConnection channel = channels.connection(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        PublishingConnector connector = connectors.get(channel.connector());
        if (!channel.enabled()) {
            return new ModerationOutcome.ByHand(channel.platform().displayName() + " " + channel.handle()
                    + " is disabled in Engine Room: do it on the platform");
        }
        try {
            return connector.moderate(tokens.usable(channel), externalId, authorHandle, action);
        } catch (AccountProblem e) {
            if (e.refused()) {
                tokens.refused(channelId, e.getMessage());
            }
            return new ModerationOutcome.Failed(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Moderation of {} on {} failed: connector error", externalId, channel, e);
            return new ModerationOutcome.Failed("Connector error: " + e);
        }
    }

    /**
     * The account a platform channel acts for, read now ("Test connection"), for admins and the brand's social
     * managers.
     */
    public AccountCheck account(long channelId) {
        ChannelConnection channel = channels.connection(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        channels.requireMayManage(channel.brandId());
        if (!channel.connector().platformAccount()) {
            return AccountCheck.failed(channel.platform().displayName() + " " + channel.handle()
                    + " has no platform account connected");
        }
        try {
            return tokens.connector(channel.connector()).account(tokens.usable(channel));
        } catch (AccountProblem e) {
            if (e.refused()) {
                tokens.refused(channelId, e.getMessage());
            }
            return AccountCheck.failed(e.getMessage());
        }
    }
}
