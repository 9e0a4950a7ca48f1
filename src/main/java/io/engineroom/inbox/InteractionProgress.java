package io.engineroom.inbox;

import io.engineroom.base.NotFound;
import io.engineroom.base.BusinessKey;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an interaction's record in step with its SOP: the SLA due time, the first response, a breach, the outcome.
 * Called by the SOP's delegates inside the engine's transaction; the record is what reports measure.
 */
@Service
public class InteractionProgress {

    private final InteractionRepository interactions;
    private final ApplicationEventPublisher events;
    private final InboxMeters meters;

    InteractionProgress(InteractionRepository interactions, ApplicationEventPublisher events, InboxMeters meters) {
        this.interactions = interactions;
        this.events = events;
        this.meters = meters;
    }

    @Transactional
    public void slaStarted(String interactionId, Instant due) {
        find(interactionId).slaDue(due);
    }

    @Transactional
    public void responded(String interactionId, Instant at) {
        find(interactionId).responded(at);
    }

    /**
     * Records the breach (the first one stays on the record) and tells integrations of this one.
     *
     * @param queue the group the interaction waits with
     * @param due   when the answer was due
     */
    @Transactional
    public void breached(String interactionId, Instant at, String queue, Instant due) {
        Interaction interaction = find(interactionId);
        interaction.breached(at);
        events.publishEvent(new SlaBreached(interaction.getBrandId(), interactionId, queue, due, at));
        meters.breachRecorded(interaction.getBrandId(), queue);
    }

    @Transactional
    public void resolved(String interactionId, InteractionState outcome, Instant at) {
        find(interactionId).resolve(outcome, at);
    }

    /**
     * The interaction an interaction instance handles: named by its business key ({@code interaction:<id>}) and
     * only if the interaction's record names this very instance. The SOP's later steps ask here rather than trusting
     * an {@code interactionId} variable, which someone could have pointed at another interaction.
     */
    @Transactional(readOnly = true)
    public String interactionOfInstance(String processInstanceId, String businessKey) {
        Interaction interaction = find(BusinessKey.id(businessKey, "interaction", processInstanceId));
        if (!processInstanceId.equals(interaction.getProcessInstanceId())) {
            throw new IllegalStateException("Interaction " + interaction.getId() + " is not handled by instance "
                    + processInstanceId);
        }
        return interaction.getId();
    }

    /** The brand an interaction came in for, from its record. */
    @Transactional(readOnly = true)
    public String brandOf(String interactionId) {
        return find(interactionId).getBrandId();
    }

    private Interaction find(String interactionId) {
        return interactions.findById(interactionId)
                .orElseThrow(() -> new NotFound("interaction", "No interaction " + interactionId));
    }
}
