package io.engineroom.inbox;

import io.engineroom.base.NotFound;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a moderation (hide, delete, mark as spam) on an interaction, as the SOP's {@code Moderate} step decides
 * after a person chose it. Only the record for now: hiding or deleting on the platform itself (Mastodon has no API
 * for a brand to hide someone else's reply) is left to the person on the channel.
 */
@Service
public class InteractionModeration {

    private final InteractionRepository interactions;
    private final Clock clock;

    InteractionModeration(InteractionRepository interactions, Clock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional
    public void record(String interactionId, Moderation moderation, String userId) {
        Interaction interaction = interactions.findById(interactionId)
                .orElseThrow(() -> new NotFound("interactionId", "No interaction " + interactionId));
        interaction.moderated(moderation, userId, clock.instant());
    }
}
