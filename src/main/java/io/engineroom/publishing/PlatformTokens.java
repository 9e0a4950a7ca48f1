package io.engineroom.publishing;

import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelTokens;
import io.engineroom.brand.Connector;
import io.engineroom.brand.TokenState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps platform accounts signed in: a call to a channel gets a token that is good for a while yet (refreshed first
 * when it expires within {@link #MARGIN}), a refused token stops the call before it is made, and a refusal by the
 * platform is recorded once ({@link ChannelTokens#refused}), which asks the brand's social manager to connect the
 * channel again. {@link #refreshExpiring} refreshes ahead, so calls seldom wait for a refresh.
 */
@Component
public class PlatformTokens {

    /** A token that expires within this is refreshed before it is used. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(PlatformTokens.class);

    private final Map<Connector, AccountConnector> connectors = new EnumMap<>(Connector.class);
    private final ChannelTokens tokens;
    private final Clock clock;

    PlatformTokens(List<AccountConnector> connectors, ChannelTokens tokens, Clock clock) {
        connectors.forEach(connector -> this.connectors.put(connector.type(), connector));
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The account connector of a platform. */
    public AccountConnector connector(Connector type) {
        AccountConnector connector = connectors.get(type);
        if (connector == null) {
            throw new IllegalStateException("No account connector for " + type);
        }
        return connector;
    }

    /**
     * The connection with a token to use now: unchanged for channels without a platform account.
     *
     * @throws AccountProblem when the token was refused (now or before), or a due refresh did not work
     */
    ChannelConnection usable(ChannelConnection channel) {
        if (!channel.connector().platformAccount()) {
            return channel;
        }
        if (tokens.state(channel.channelId()).state() == TokenState.REFUSED) {
            throw new AccountProblem(channel.platform().displayName() + " " + channel.handle()
                    + " must be connected again: " + tokens.state(channel.channelId()).problem(), true);
        }
        return refreshBefore(channel.channelId(), clock.instant().plus(MARGIN));
    }

    /** Refreshes every token that expires within {@code ahead}; one channel's trouble does not stop the others. */
    public int refreshExpiring(Duration ahead) {
        Instant before = clock.instant().plus(ahead);
        int refreshed = 0;
        for (long channelId : tokens.expiringBefore(before)) {
            try {
                refreshBefore(channelId, before);
                refreshed++;
            } catch (AccountProblem e) {
                LOG.warn("Token of channel {} not refreshed: {}", channelId, e.getMessage());
            } catch (RuntimeException e) {
                // no connector for the platform, a database hiccup: still only this channel's trouble
                LOG.warn("Token of channel {} not refreshed: {}", channelId, e.toString());
            }
        }
        return refreshed;
    }

    private ChannelConnection refreshBefore(long channelId, Instant before) {
        try {
            return tokens.refreshIfExpiring(channelId, before,
                    connection -> connector(connection.connector()).refresh(connection));
        } catch (AccountProblem e) {
            if (e.refused()) {
                refused(channelId, e.getMessage());
            }
            throw e;
        }
    }

    /** Records that the platform refused the channel's token (once: a second refusal tells nobody again). */
    void refused(long channelId, String problem) {
        tokens.refused(channelId, problem);
    }
}
