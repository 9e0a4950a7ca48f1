package io.engineroom.inbox;

import io.engineroom.base.NotFound;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionReplyRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply table. Each step commits on its own (REQUIRES_NEW), even inside the engine's transaction: the row must
 * be in the database before the reply leaves, so a crash mid-call leaves a trace that stops a blind second reply.
 */
@Component
class ReplyLog {

    private final InteractionReplyRepository replies;
    private final Clock clock;

    ReplyLog(InteractionReplyRepository replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    /** Either a new reply to send (its id), or the earlier attempt under the same key, which must not be repeated. */
    record Start(Long replyId, InteractionReply earlier) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Start start(String interactionId, String key, String text, String sentBy) {
        Optional<InteractionReply> earlier = replies.findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            InteractionReply reply = earlier.get();
            if (reply.getFinishedAt() == null) {
                // started, never finished: the process died mid-call, so it may be out there
                reply.finish(ReplyOutcome.UNKNOWN, null, null, "An earlier try was interrupted while sending: check "
                        + "the channel before replying again", clock.instant());
            }
            return new Start(null, reply);
        }
        return new Start(replies.saveAndFlush(new InteractionReply(interactionId, key, text, sentBy,
                clock.instant())).getId(), null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public InteractionReply finish(long replyId, ReplyOutcome outcome, String remoteId, String postUrl,
            String reason) {
        InteractionReply reply = replies.findById(replyId)
                .orElseThrow(() -> new NotFound("reply", "No reply " + replyId));
        reply.finish(outcome, remoteId, postUrl, reason, clock.instant());
        return reply;
    }
}
