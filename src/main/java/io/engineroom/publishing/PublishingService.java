package io.engineroom.publishing;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.ChannelConnection;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.Connector;
import io.engineroom.publishing.domain.PublicationAttempt;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Publishes a content item's text to one channel, at most once: every call to a channel is recorded before it
 * is made, a key that was posted is never sent again, and a key whose last attempt may or may not have been
 * posted is refused until a person has checked the channel and said what they found ({@link #resolve}).
 * <p>
 * Deliberately not {@code @Transactional}: the remote call must not sit inside a database transaction, and
 * each record of it commits on its own.
 */
@Service
public class PublishingService {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingService.class);

    private final Map<Connector, PublishingConnector> connectors = new EnumMap<>(Connector.class);
    private final ChannelService channels;
    private final FreezeService freezes;
    private final AttemptLog log;
    private final PlatformTokens tokens;
    private final PublishingMeters meters;

    PublishingService(List<PublishingConnector> connectors, ChannelService channels, FreezeService freezes,
            AttemptLog log, PlatformTokens tokens, PublishingMeters meters) {
        connectors.forEach(connector -> this.connectors.put(connector.type(), connector));
        this.channels = channels;
        this.freezes = freezes;
        this.log = log;
        this.tokens = tokens;
        this.meters = meters;
    }

    /** Who the attempt log names when Engine Room's own check on the channel found a post. */
    public static final String AUTOMATIC_CHECK = "engine-room";

    /**
     * Sends it once, or returns the outcome already recorded for it (posted, or waiting for a person).
     *
     * @param media the item's images or video, in order (at most {@value Post#MAX_MEDIA}); null or empty for none
     * @throws PublishRefused when the brand is frozen or an earlier attempt's outcome is unknown
     */
    public PublishOutcome publish(long contentItemId, long channelId, String text, List<Media> media) {
        return publish(contentItemId, channelId, Post.keyFor(contentItemId, channelId), text, media);
    }

    /**
     * As {@link #publish(long, long, String, List)}, for one market's translation of the item: a post of its own on
     * the channel, sent once under its own key.
     */
    public PublishOutcome publishForMarket(long contentItemId, long channelId, String marketCode, String text,
            List<Media> media) {
        return publish(contentItemId, channelId, Post.keyFor(contentItemId, channelId, marketCode), text, media);
    }

    private PublishOutcome publish(long contentItemId, long channelId, String key, String text, List<Media> media) {
        ChannelConnection channel = channels.connection(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "Nothing to post");
        }
        if (media != null && media.size() > Post.MAX_MEDIA) {
            throw new InvalidInput("media", "A post carries at most " + Post.MAX_MEDIA + " images or videos");
        }
        PublishingConnector connector = connectors.get(channel.connector());
        if (connector == null) {
            throw new IllegalStateException("No connector for " + channel.connector());
        }
        Post post;
        AttemptLog.Start start;
        try {
            freezes.current(channel.brandId()).ifPresent(freeze -> {
                throw new PublishRefused(key, "Publishing for " + channel.brandId() + " is frozen since "
                        + freeze.frozenAt() + " (" + freeze.reason() + ")");
            });
            post = new Post(channel, text, media, key);
            start = log.start(contentItemId, channelId, key, connector.describe(post));
        } catch (PublishRefused held) {
            meters.attempted(channel.platform(), PublishingMeters.Outcome.HELD);
            throw held;
        }
        if (start.earlier() != null) {
            return start.earlier();
        }
        PublishOutcome outcome;
        try {
            // a disabled channel is not posted to: recorded as not sent, so it can go out once enabled again
            post = new Post(tokens.usable(channel), text, media, key);
            outcome = channel.enabled() ? connector.publish(post) : disabled(channel);
        } catch (AccountProblem e) {
            // before any request for the post left: certainly not posted
            outcome = new PublishOutcome.Failed("Not sent: " + e.getMessage(), e.refused());
        } catch (RuntimeException e) {
            // a connector bug after the request may have left: treat it as sent
            outcome = new PublishOutcome.Unknown("Connector error: " + e);
        }
        afterCall(channel, outcome);
        PublishOutcome recorded = outcome instanceof PublishOutcome.Unknown unknown
                ? checkedOnChannel(connector, post, start, unknown) : finish(start, outcome);
        meters.attempted(channel.platform(), PublishingMeters.Outcome.of(recorded));
        return recorded;
    }

    private PublishOutcome finish(AttemptLog.Start start, PublishOutcome outcome) {
        log.finish(start.attemptId(), outcome);
        return outcome;
    }

    /**
     * An unknown outcome is looked for on the channel before a person is asked: found, the attempt is recorded as
     * unknown and resolved as posted by {@link #AUTOMATIC_CHECK}; not found or not readable, what the check saw goes
     * with the attempt's reason to the person who verifies it.
     */
    private PublishOutcome checkedOnChannel(PublishingConnector connector, Post post, AttemptLog.Start start,
            PublishOutcome.Unknown unknown) {
        Verification found;
        try {
            // the start from the record made before the call: reading the attempt here would put it into the
            // caller's persistence context, which would then keep showing it without its outcome
            found = connector.findPost(post, start.startedAt());
        } catch (RuntimeException e) {
            found = new Verification.CannotTell("the check failed: " + e);
        }
        if (found instanceof Verification.Found posted && posted.postUrl() != null) {
            log.finishFound(start.attemptId(), unknown, posted, "Found on the channel by Engine Room's automatic check"
                    + (posted.remoteId() == null ? "" : " (id " + posted.remoteId() + ")"), AUTOMATIC_CHECK);
            return new PublishOutcome.Published(posted.postUrl(), posted.remoteId());
        }
        String checked;
        if (found instanceof Verification.NotFound notFound) {
            checked = "not found on the channel: " + notFound.checked();
        } else if (found instanceof Verification.CannotTell cannotTell) {
            checked = "could not check: " + cannotTell.reason();
        } else {
            checked = "a post with this text is there (id " + ((Verification.Found) found).remoteId()
                    + "), but the platform gave no link to it";
        }
        PublishOutcome.Unknown withCheck = new PublishOutcome.Unknown(unknown.reason() + ". Automatic check: "
                + checked);
        log.finish(start.attemptId(), withCheck);
        return withCheck;
    }

    /** A token the platform refused is recorded, so the brand's social manager is asked to connect it again. */
    private void afterCall(ChannelConnection channel, PublishOutcome outcome) {
        if (outcome instanceof PublishOutcome.Failed failed && failed.tokenRefused()) {
            tokens.refused(channel.channelId(), failed.reason());
        }
    }

    /**
     * Sends a reply to an interaction through its channel's connector, once. The caller records the attempt before
     * (and decides, knowing that record, whether a send may be repeated): this only makes the call. Replies are not
     * held by a publishing freeze, which stops planned posts, not answers to people.
     *
     * @param directToHandle the author's handle for a private reply to a direct message, else null
     * @throws InvalidInput when the channel is unknown or the text empty; never for remote trouble
     */
    public PublishOutcome reply(long channelId, String inReplyToExternalId, String text, String directToHandle,
            String idempotencyKey) {
        ChannelConnection channel = channels.connection(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "Nothing to reply");
        }
        PublishingConnector connector = connectors.get(channel.connector());
        if (connector == null) {
            throw new IllegalStateException("No connector for " + channel.connector());
        }
        if (!channel.enabled()) {
            return disabled(channel);
        }
        Reply reply = new Reply(channel, inReplyToExternalId, text, directToHandle, idempotencyKey);
        LOG.info("Replying: {}", connector.describe(reply));
        PublishOutcome outcome;
        try {
            outcome = connector.reply(new Reply(tokens.usable(channel), inReplyToExternalId, text, directToHandle,
                    idempotencyKey));
        } catch (AccountProblem e) {
            outcome = new PublishOutcome.Failed("Not sent: " + e.getMessage(), e.refused());
        } catch (RuntimeException e) {
            // a connector bug after the request may have left: treat it as sent
            outcome = new PublishOutcome.Unknown("Connector error: " + e);
        }
        afterCall(channel, outcome);
        return outcome;
    }

    /**
     * Posts an announcement (a crisis holding statement) to one channel through its connector, once. NOT held by a
     * publishing freeze: the freeze stops planned posts, and the holding statement must go out during the very
     * freeze its crisis caused. Like {@link #reply}, the caller records the attempt before the call and decides
     * whether a send may be repeated; this only makes the call.
     *
     * @throws InvalidInput when the channel is unknown or the text empty; never for remote trouble
     */
    public PublishOutcome announce(long channelId, String text, String idempotencyKey) {
        ChannelConnection channel = channels.connection(channelId)
                .orElseThrow(() -> new NotFound("channel", "No channel " + channelId));
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "Nothing to post");
        }
        PublishingConnector connector = connectors.get(channel.connector());
        if (connector == null) {
            throw new IllegalStateException("No connector for " + channel.connector());
        }
        if (!channel.enabled()) {
            return disabled(channel);
        }
        Post post = new Post(channel, text, List.of(), idempotencyKey);
        LOG.info("Announcing: {}", connector.describe(post));
        PublishOutcome outcome;
        try {
            outcome = connector.publish(new Post(tokens.usable(channel), text, List.of(), idempotencyKey));
        } catch (AccountProblem e) {
            outcome = new PublishOutcome.Failed("Not sent: " + e.getMessage(), e.refused());
        } catch (RuntimeException e) {
            // a connector bug after the request may have left: treat it as sent
            outcome = new PublishOutcome.Unknown("Connector error: " + e);
        }
        afterCall(channel, outcome);
        return outcome;
    }

    /** Records what a person found on the channel; after "not posted", publishing the key again is allowed. */
    public PublicationAttemptSummary resolve(String idempotencyKey, Resolution resolution, String userId) {
        requirePostLink(resolution);
        return summary(log.resolve(idempotencyKey, resolution, userId));
    }

    /**
     * Records what a person found on the channel for a content item, also when nothing was ever sent for it (held
     * by a freeze, nothing to post). The same answer twice changes nothing.
     *
     * @throws InvalidInput when "posted" comes without an http(s) link
     * @throws IllegalStateException when the channel's last attempt needs no finding (posted already)
     */
    public PublicationAttemptSummary resolve(long contentItemId, long channelId, Resolution resolution,
            String userId) {
        requirePostLink(resolution);
        return summary(log.resolve(contentItemId, channelId, Post.keyFor(contentItemId, channelId), resolution,
                userId));
    }

    /**
     * How each posted channel of a content item says its post is doing, one read per channel. Never throws for a
     * channel's trouble: a channel without an engagement API, a failed read or a post without a remote id
     * (posted by hand) is reported with its reason and no figures.
     */
    public List<PostEngagement> engagement(long contentItemId) {
        Map<Long, PublicationAttempt> posted = new TreeMap<>();
        log.ofItem(contentItemId).stream()
                .filter(a -> a.getResolution() == PublicationAttempt.Finding.POSTED
                        || (a.getResolution() == null && a.getOutcome() == PublishOutcome.Status.PUBLISHED))
                .forEach(a -> posted.put(a.getChannelId(), a));
        return posted.values().stream().map(this::engagementOf).toList();
    }

    private PostEngagement engagementOf(PublicationAttempt attempt) {
        ChannelConnection channel = channels.connection(attempt.getChannelId()).orElse(null);
        PublishingConnector connector = channel == null ? null : connectors.get(channel.connector());
        String brandId = channel == null ? null : channel.brandId();
        if (connector == null || !connector.reportsEngagement()) {
            return nothing(attempt, brandId, "no engagement API on this channel"
                    + (channel == null ? "" : " (" + channel.connector() + ")"));
        }
        if (attempt.getRemoteId() == null) {
            return nothing(attempt, brandId, "the post's id on the channel is not known (its link was pasted by hand)");
        }
        try {
            // a platform account's token refreshed first if it is about to expire, like for a post
            Optional<EngagementCounts> counts = connector.engagement(tokens.usable(channel), attempt.getRemoteId());
            return counts.isPresent()
                    ? new PostEngagement(attempt.getContentItemId(), attempt.getChannelId(), brandId, counts, null)
                    : nothing(attempt, brandId, "the channel did not answer with figures (see the log)");
        } catch (AccountProblem e) {
            return nothing(attempt, brandId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Engagement of {} not collected: connector error", attempt.getIdempotencyKey(), e);
            return nothing(attempt, brandId, "connector error: " + e);
        }
    }

    private static PostEngagement nothing(PublicationAttempt attempt, String brandId, String why) {
        return new PostEngagement(attempt.getContentItemId(), attempt.getChannelId(), brandId, Optional.empty(),
                why);
    }

    /** A post said to be out there needs a link a person can open. */
    private static void requirePostLink(Resolution resolution) {
        if (!resolution.posted()) {
            return;
        }
        String url = resolution.postUrl().trim();
        boolean valid;
        try {
            URI uri = new URI(url);
            valid = ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 1000;
        } catch (URISyntaxException e) {
            valid = false;
        }
        if (!valid) {
            throw new InvalidInput("postUrl", "Paste the post's link: an http(s) address of at most 1000 characters");
        }
    }

    /** A channel's follower count now, where its connector can read it; empty otherwise, never an error. */
    public Optional<Long> followers(long channelId) {
        ChannelConnection channel = channels.connection(channelId).orElse(null);
        PublishingConnector connector = channel == null ? null : connectors.get(channel.connector());
        if (connector == null) {
            return Optional.empty();
        }
        try {
            return connector.followers(tokens.usable(channel));
        } catch (AccountProblem e) {
            LOG.warn("Followers of channel {} not read: {}", channelId, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Followers of channel {} not read: connector error", channelId, e);
            return Optional.empty();
        }
    }

    /** Every attempt for a key, first to last. */
    public List<PublicationAttemptSummary> attempts(String idempotencyKey) {
        return log.of(idempotencyKey).stream().map(PublishingService::summary).toList();
    }

    private static PublicationAttemptSummary summary(PublicationAttempt a) {
        return new PublicationAttemptSummary(a.getId(), a.getContentItemId(), a.getChannelId(),
                a.getIdempotencyKey(), a.getAttemptNo(), a.getStartedAt(), a.getFinishedAt(), a.getOutcome(),
                a.getPostUrl(), a.getRemoteId(), a.getReason(), a.getRequestSummary(),
                a.getResolution() == null ? null : a.getResolution().name(), a.getResolvedBy(), a.getResolvedAt(),
                a.getResolutionNote());
    }

    private static PublishOutcome disabled(ChannelConnection channel) {
        return new PublishOutcome.Failed(channel.platform().displayName() + " " + channel.handle()
                + " is disabled: nothing was sent");
    }
}
