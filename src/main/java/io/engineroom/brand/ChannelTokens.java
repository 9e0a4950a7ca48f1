package io.engineroom.brand;

import io.engineroom.base.NotFound;
import io.engineroom.brand.domain.Channel;
import io.engineroom.brand.domain.ChannelRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform accounts' tokens as the system keeps them up: which are due for a refresh, storing a refresh, and
 * marking a token the platform refused. Not a person's action, so no role check: only the publishing module's
 * token refresher calls this. A refusal is published as {@link ChannelTokenRefused} in its transaction, for the
 * task that asks the brand's social manager to connect the channel again.
 */
@Service
public class ChannelTokens {

    private final ChannelRepository channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelTokens(ChannelRepository channels, ApplicationEventPublisher events, Clock clock) {
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    /** A channel's platform account as the Channels screen shows it: never the tokens. */
    public record AccountState(long channelId, String accountId, TokenState state, String problem,
            Instant expiresAt, Instant refreshedAt) {
    }

    /** Enabled channels with a platform account the platform still takes, whose token expires before the time. */
    @Transactional(readOnly = true)
    public List<Long> expiringBefore(Instant before) {
        return channels.findAll().stream()
                .filter(channel -> channel.getConnector().platformAccount() && channel.isEnabled()
                        && channel.getTokenState() == TokenState.ACTIVE && channel.getTokenExpiresAt() != null
                        && channel.getTokenExpiresAt().isBefore(before))
                .map(Channel::getId).sorted().toList();
    }

    @Transactional(readOnly = true)
    public AccountState state(long channelId) {
        Channel channel = channel(channelId);
        return new AccountState(channel.getId(), channel.getAccountId(), channel.getTokenState(),
                channel.getTokenProblem(), channel.getTokenExpiresAt(), channel.getTokenRefreshedAt());
    }

    /**
     * Refreshes the channel's tokens if they expire before the time, one refresh at a time across nodes: the
     * channel's row stays locked while the refresher calls the platform, so a second node waits and then finds the
     * new token instead of spending the refresh token again (X and Bluesky rotate them: a second use is refused).
     *
     * @param refresher the connector's refresh, given the connection as stored; what it throws rolls back and
     *                  reaches the caller
     * @return the channel's connection with the tokens to use now
     */
    @Transactional
    public ChannelConnection refreshIfExpiring(long channelId, Instant before,
            java.util.function.Function<ChannelConnection, AccountTokens> refresher) {
        Channel channel = channels.lockById(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        ChannelConnection connection = ChannelService.connection(channel);
        if (channel.getTokenExpiresAt() == null || !channel.getTokenExpiresAt().isBefore(before)) {
            return connection;
        }
        AccountTokens tokens = refresher.apply(connection);
        channel.connectAccount(tokens.baseUrl(), tokens.accountId(), tokens.accessToken(), tokens.refreshToken(),
                tokens.expiresAt(), clock.instant());
        return ChannelService.connection(channel);
    }

    /** Stores what a refresh returned. */
    @Transactional
    public void refreshed(long channelId, AccountTokens tokens) {
        channel(channelId).connectAccount(tokens.baseUrl(), tokens.accountId(), tokens.accessToken(),
                tokens.refreshToken(), tokens.expiresAt(), clock.instant());
    }

    /**
     * Marks the token refused, once: a second refusal of a token already marked changes nothing and tells nobody
     * again (every poll and publish of a dead channel would otherwise open a new task).
     *
     * @return whether this call marked it (false: it was marked already)
     */
    @Transactional
    public boolean refused(long channelId, String problem) {
        Channel channel = channel(channelId);
        if (channel.getTokenState() == TokenState.REFUSED) {
            return false;
        }
        channel.tokenRefused(problem);
        events.publishEvent(new ChannelTokenRefused(channel.getBrandId(), channel.getId(),
                channel.getPlatform().displayName() + " " + channel.getHandle(), channel.getTokenProblem(),
                clock.instant()));
        return true;
    }

    private Channel channel(long channelId) {
        return channels.findById(channelId).orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
    }
}
