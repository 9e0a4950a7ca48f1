package io.engineroom.inbox;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionReply;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.publishing.PublishOutcome;
import io.engineroom.publishing.PublishingService;
import org.springframework.stereotype.Service;

/**
 * Sends replies to interactions through their channel's connector, each at most once: the reply is recorded
 * before the call ({@link ReplyLog}), and a key that was tried before is never sent again, whatever came of it.
 * Called by the SOP (its {@code SendReply} step) after a person chose to reply in the {@code Respond} task.
 * <p>
 * Deliberately not {@code @Transactional}: the remote call must not sit inside a database transaction.
 */
@Service
public class InteractionReplies {

    private final InteractionRepository interactions;
    private final ReplyLog log;
    private final PublishingService publishing;

    InteractionReplies(InteractionRepository interactions, ReplyLog log, PublishingService publishing) {
        this.interactions = interactions;
        this.log = log;
        this.publishing = publishing;
    }

    /**
     * Replies to the interaction on its channel: in its thread (Mastodon {@code in_reply_to_id}), privately to the
     * author when it came as a direct message. Never throws for the channel's trouble: the result says it.
     *
     * @param idempotencyKey names this one reply (the SOP uses its Respond task), so a retried step finds it
     * @param sentBy the person who chose to reply
     */
    public ReplyResult send(String interactionId, String text, String sentBy, String idempotencyKey) {
        Interaction interaction = interactions.findById(interactionId)
                .orElseThrow(() -> new NotFound("interactionId", "No interaction " + interactionId));
        if (text == null || text.isBlank()) {
            throw new InvalidInput("replyText", "Nothing to reply");
        }
        ReplyLog.Start start = log.start(interactionId, idempotencyKey, text, sentBy);
        if (start.earlier() != null) {
            return result(start.earlier());
        }
        PublishOutcome outcome;
        try {
            outcome = publishing.reply(interaction.getChannelId(), interaction.getExternalId(), text,
                    interaction.getKind() == InteractionKind.DIRECT_MESSAGE ? interaction.getAuthorHandle() : null,
                    idempotencyKey);
        } catch (InvalidInput refused) {
            outcome = new PublishOutcome.Failed(refused.getMessage());
        } catch (RuntimeException e) {
            outcome = new PublishOutcome.Unknown("Error while sending: " + e);
        }
        return result(finish(start.replyId(), outcome));
    }

    private InteractionReply finish(long replyId, PublishOutcome outcome) {
        if (outcome instanceof PublishOutcome.Published published) {
            return log.finish(replyId, ReplyOutcome.SENT, published.remoteId(), published.postUrl(), null);
        }
        if (outcome instanceof PublishOutcome.Failed failed) {
            return log.finish(replyId, ReplyOutcome.FAILED, null, null, failed.reason());
        }
        if (outcome instanceof PublishOutcome.NeedsPerson byHand) {
            return log.finish(replyId, ReplyOutcome.BY_HAND, null, null, byHand.instruction());
        }
        return log.finish(replyId, ReplyOutcome.UNKNOWN, null, null, ((PublishOutcome.Unknown) outcome).reason());
    }

    private static ReplyResult result(InteractionReply reply) {
        String detail = reply.getPostUrl() != null ? reply.getPostUrl() : reply.getReason();
        return new ReplyResult(reply.getOutcome() == ReplyOutcome.SENT, reply.getOutcome(),
                reply.getOutcome() + (detail == null ? "" : " " + detail));
    }
}
