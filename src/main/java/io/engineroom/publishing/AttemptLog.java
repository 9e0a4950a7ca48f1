package io.engineroom.publishing;

import io.engineroom.base.NotFound;
import io.engineroom.publishing.domain.PublicationAttempt;
import io.engineroom.publishing.domain.PublicationAttempt.Finding;
import io.engineroom.publishing.domain.PublicationAttemptRepository;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attempt table. Each step commits on its own (REQUIRES_NEW), even inside a caller's transaction: the
 * "started" row must be in the database before the request leaves, and the outcome as soon as it is known.
 */
@Component
class AttemptLog {

    private final PublicationAttemptRepository attempts;
    private final ChannelService channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttemptLog(PublicationAttemptRepository attempts, ChannelService channels, ApplicationEventPublisher events,
            Clock clock) {
        this.attempts = attempts;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Either the id of a new attempt to make (and when it started), or the earlier outcome that makes a new one
     * unnecessary.
     */
    record Start(Long attemptId, Instant startedAt, PublishOutcome earlier) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Start start(long contentItemId, long channelId, String key, String requestSummary) {
        Optional<PublicationAttempt> last = attempts.findFirstByIdempotencyKeyOrderByAttemptNoDesc(key);
        if (last.isPresent()) {
            PublicationAttempt attempt = last.get();
            Optional<PublishOutcome> settled = settledOutcome(attempt);
            if (settled.isPresent()) {
                return new Start(null, null, settled.get());
            }
            if (awaitsPerson(attempt)) {
                throw new PublishRefused(key, "Attempt " + attempt.getAttemptNo() + " of " + key + " started at "
                        + attempt.getStartedAt() + " may have been posted ("
                        + (attempt.getOutcome() == null ? "outcome not recorded" : attempt.getReason())
                        + "). Check the channel and resolve it before publishing again: a retry could post twice.");
            }
        }
        int attemptNo = last.map(attempt -> attempt.getAttemptNo() + 1).orElse(1);
        try {
            PublicationAttempt attempt = attempts.saveAndFlush(new PublicationAttempt(contentItemId, channelId, key,
                    attemptNo, clock.instant(), requestSummary));
            return new Start(attempt.getId(), attempt.getStartedAt(), null);
        } catch (DataIntegrityViolationException e) {
            throw new PublishRefused(key, "Another publish of " + key + " started at the same moment");
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long attemptId, PublishOutcome outcome) {
        PublicationAttempt attempt = finished(attemptId, outcome);
        Instant now = clock.instant();
        // a manual channel's "needs a person" is no outcome yet: whoever posts it by hand records it (resolveLast)
        if (outcome instanceof PublishOutcome.Published published) {
            tell(attempt, published.postUrl(), null, now);
        } else if (outcome instanceof PublishOutcome.Failed failed) {
            tell(attempt, null, failed.reason(), now);
        } else if (outcome instanceof PublishOutcome.Unknown unknown) {
            tell(attempt, null, "Outcome unknown: " + unknown.reason(), now);
        }
    }

    /**
     * Records an unknown outcome and, in the same transaction, that Engine Room's own check found the post on the
     * channel: integrations hear once that it was published, never first that it failed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finishFound(long attemptId, PublishOutcome.Unknown outcome, Verification.Found found, String note,
            String userId) {
        PublicationAttempt attempt = finished(attemptId, outcome);
        attempt.foundRemoteId(found.remoteId());
        attempt.resolve(Finding.POSTED, found.postUrl(), note, userId, clock.instant());
        tell(attempt, found.postUrl(), null, clock.instant());
    }

    private PublicationAttempt finished(long attemptId, PublishOutcome outcome) {
        PublicationAttempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new NotFound("attempt", "No publication attempt " + attemptId));
        attempt.finish(outcome, clock.instant());
        return attempt;
    }

    /** Tells integrations what came of a publication, in the transaction that records it. */
    private void tell(PublicationAttempt attempt, String url, String failure, Instant at) {
        ChannelSummary channel = channels.find(attempt.getChannelId()).orElse(null);
        if (channel == null) {
            return;
        }
        events.publishEvent(failure == null
                ? new ContentPublished(channel.brandId(), attempt.getContentItemId(), channel.id(), channel.label(),
                        url, at)
                : new PublicationFailed(channel.brandId(), attempt.getContentItemId(), channel.id(),
                        channel.label(), failure, at));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public PublicationAttempt resolve(String key, Resolution resolution, String userId) {
        PublicationAttempt attempt = attempts.findFirstByIdempotencyKeyOrderByAttemptNoDesc(key)
                .orElseThrow(() -> new IllegalArgumentException("Nothing was published under " + key));
        return resolveLast(attempt, resolution, userId);
    }

    /**
     * Like {@link #resolve(String, Resolution, String)}, but also when nothing was sent for the key (held by a
     * freeze, nothing to post): then the person's finding is recorded as an attempt of its own that made no call,
     * so the channel's history says who found what and a post out there is never sent again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public PublicationAttempt resolve(long contentItemId, long channelId, String key, Resolution resolution,
            String userId) {
        Optional<PublicationAttempt> last = attempts.findFirstByIdempotencyKeyOrderByAttemptNoDesc(key);
        if (last.isPresent() && !(last.get().getResolution() == Finding.NOT_POSTED
                && !repeats(last.get(), resolution))) {
            return resolveLast(last.get(), resolution, userId);
        }
        PublicationAttempt noCall = new PublicationAttempt(contentItemId, channelId, key,
                last.map(attempt -> attempt.getAttemptNo() + 1).orElse(1), clock.instant(),
                "Nothing sent by Engine Room (held, or nothing to post); a person checked the channel");
        noCall.finish(new PublishOutcome.NeedsPerson("Not sent by Engine Room"), clock.instant());
        noCall.resolve(resolution.posted() ? Finding.POSTED : Finding.NOT_POSTED, resolution.postUrl(),
                resolution.note(), userId, clock.instant());
        if (resolution.posted()) {
            tell(noCall, resolution.postUrl(), null, clock.instant());
        }
        return attempts.saveAndFlush(noCall);
    }

    private PublicationAttempt resolveLast(PublicationAttempt attempt, Resolution resolution, String userId) {
        if (repeats(attempt, resolution)) {
            return attempt; // the same answer again (a completion that was retried): nothing changes
        }
        boolean unresolved = attempt.getResolution() == null;
        boolean needsPerson = unresolved && attempt.getOutcome() == PublishOutcome.Status.NEEDS_PERSON;
        // a failure is certainly not out there from this call, but a person may have posted it by hand since
        boolean failed = unresolved && attempt.getOutcome() == PublishOutcome.Status.FAILED;
        if (!awaitsPerson(attempt) && !needsPerson && !failed) {
            throw new IllegalStateException("The last attempt of " + attempt.getIdempotencyKey()
                    + " needs no resolving: it is "
                    + (attempt.getResolution() != null ? "resolved already" : attempt.getOutcome()));
        }
        attempt.resolve(resolution.posted() ? Finding.POSTED : Finding.NOT_POSTED, resolution.postUrl(),
                resolution.note(), userId, clock.instant());
        if (resolution.posted()) {
            // posted by hand, or found posted after all: now it is out there
            tell(attempt, resolution.postUrl(), null, clock.instant());
        }
        return attempt;
    }

    private static boolean repeats(PublicationAttempt attempt, Resolution resolution) {
        return attempt.getResolution() == (resolution.posted() ? Finding.POSTED : Finding.NOT_POSTED)
                && (!resolution.posted() || resolution.postUrl().equals(attempt.getPostUrl()));
    }

    @Transactional(readOnly = true)
    public List<PublicationAttempt> ofItem(long contentItemId) {
        return attempts.findByContentItemIdOrderByChannelIdAscAttemptNoAsc(contentItemId);
    }

    @Transactional(readOnly = true)
    public List<PublicationAttempt> of(String key) {
        return attempts.findByIdempotencyKeyOrderByAttemptNo(key);
    }

    /** An outcome that stands: posted (said the channel or a person), or a manual post still to be done. */
    private static Optional<PublishOutcome> settledOutcome(PublicationAttempt attempt) {
        if (attempt.getResolution() == Finding.POSTED) {
            return Optional.of(new PublishOutcome.Published(attempt.getPostUrl(), attempt.getRemoteId()));
        }
        if (attempt.getResolution() == null && attempt.getOutcome() == PublishOutcome.Status.PUBLISHED) {
            return Optional.of(new PublishOutcome.Published(attempt.getPostUrl(), attempt.getRemoteId()));
        }
        if (attempt.getResolution() == null && attempt.getOutcome() == PublishOutcome.Status.NEEDS_PERSON) {
            return Optional.of(new PublishOutcome.NeedsPerson(attempt.getReason()));
        }
        return Optional.empty();
    }

    /** Maybe out there, and nobody has checked yet: unknown, or started with no outcome recorded. */
    private static boolean awaitsPerson(PublicationAttempt attempt) {
        return attempt.getResolution() == null
                && (attempt.getOutcome() == null || attempt.getOutcome() == PublishOutcome.Status.UNKNOWN);
    }
}
