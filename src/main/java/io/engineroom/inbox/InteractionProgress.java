package io.engineroom.inbox;

import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an interaction's record in step with its SOP: the SLA due time, the first response, a breach, the outcome.
 * Called by the SOP's delegates inside the engine's transaction; the record is what reports measure.
 */
@Service
public class InteractionProgress {

    private final InteractionRepository interactions;

    InteractionProgress(InteractionRepository interactions) {
        this.interactions = interactions;
    }

    @Transactional
    public void slaStarted(String interactionId, Instant due) {
        find(interactionId).slaDue(due);
    }

    @Transactional
    public void responded(String interactionId, Instant at) {
        find(interactionId).responded(at);
    }

    @Transactional
    public void breached(String interactionId, Instant at) {
        find(interactionId).breached(at);
    }

    @Transactional
    public void resolved(String interactionId, InteractionState outcome, Instant at) {
        find(interactionId).resolve(outcome, at);
    }

    private Interaction find(String interactionId) {
        return interactions.findById(interactionId)
                .orElseThrow(() -> new IllegalStateException("No interaction " + interactionId));
    }
}
