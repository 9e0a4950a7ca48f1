package io.engineroom.inbox;

import io.engineroom.base.NotFound;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.InteractionRepository;
import io.engineroom.publishing.ModerationAction;
import io.engineroom.publishing.ModerationOutcome;
import io.engineroom.publishing.PlatformChannels;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderation (hide, delete, spam, block, mute) on an interaction, as the SOP's steps decide after a person chose it
 * in Respond: {@link #record} keeps the wish, {@link #applyOnPlatform} asks the channel's connector and records what
 * came of it (applied, by hand with an instruction, failed with the reason). The SOP reads that record to decide
 * whether a person must still act ("Moderate by hand"), and {@link #doneByHand} records who did.
 */
@Service
public class InteractionModeration {

    public static final int MAX_NOTE = 2000;

    private final InteractionRepository interactions;
    private final PlatformChannels publishing;
    private final Clock clock;

    InteractionModeration(InteractionRepository interactions, PlatformChannels publishing, Clock clock) {
        this.interactions = interactions;
        this.publishing = publishing;
        this.clock = clock;
    }

    /** The person's choice, before anything is asked of the platform; an earlier outcome is forgotten. */
    @Transactional
    public void record(String interactionId, Moderation moderation, String userId) {
        interaction(interactionId).moderated(moderation, userId, clock.instant());
    }

    /**
     * Asks the platform, once per action, for the moderation recorded on the interaction (the record, not what a
     * variable says). Spam tries delete where the platform cannot hide; the first instruction by hand is kept when
     * it can do neither. Never throws for remote trouble: a failure is recorded for a person.
     *
     * @throws IllegalStateException when no moderation was recorded
     */
    @Transactional
    public ModerationState applyOnPlatform(String interactionId) {
        Interaction interaction = interaction(interactionId);
        Moderation moderation = interaction.getModeration();
        if (moderation == null) {
            throw new IllegalStateException("Interaction " + interactionId + " has no moderation recorded");
        }
        ModerationOutcome kept = null;
        ModerationAction keptAction = null;
        for (ModerationAction action : moderation.actions()) {
            ModerationOutcome outcome = publishing.moderate(interaction.getChannelId(), interaction.getExternalId(),
                    interaction.getAuthorHandle(), action);
            // when the platform can do none of them, the person gets the instruction for the first choice
            if (kept == null || !(outcome instanceof ModerationOutcome.ByHand)) {
                kept = outcome;
                keptAction = action;
            }
            if (!(outcome instanceof ModerationOutcome.ByHand)) {
                break;
            }
        }
        String verb = keptAction.name().toLowerCase(Locale.ROOT);
        if (kept instanceof ModerationOutcome.Applied applied) {
            interaction.moderationOutcome(ModerationState.APPLIED, "Done on the platform (" + verb + ")"
                    + detail(applied.detail()));
        } else if (kept instanceof ModerationOutcome.ByHand byHand) {
            interaction.moderationOutcome(ModerationState.BY_HAND, byHand.instruction());
        } else {
            interaction.moderationOutcome(ModerationState.FAILED, "Engine Room could not " + verb
                    + " it on the platform: " + ((ModerationOutcome.Failed) kept).reason()
                    + ". Look at the channel and do it by hand if it is still needed");
        }
        return interaction.getModerationOutcome();
    }

    /** Whether a person must still act on the platform for the interaction's last moderation. */
    @Transactional(readOnly = true)
    public boolean needsPerson(String interactionId) {
        ModerationState state = interaction(interactionId).getModerationOutcome();
        return state == null || state.needsPerson();
    }

    /** What the person is asked to do by hand, with the link where the connector gave one. */
    @Transactional(readOnly = true)
    public String instruction(String interactionId) {
        Interaction interaction = interaction(interactionId);
        String detail = interaction.getModerationDetail();
        String wish = interaction.getModeration() == null ? "Moderate"
                : interaction.getModeration().variable().substring(0, 1).toUpperCase(Locale.ROOT)
                        + interaction.getModeration().variable().substring(1);
        String kind = interaction.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return wish + " " + interaction.getAuthorHandle() + "'s " + kind + " (id " + interaction.getExternalId() + "). "
                + (detail == null ? "Engine Room has no answer from the platform." : detail);
    }

    /** Who did the moderation by hand (or found it was not needed), with their note. */
    @Transactional
    public void doneByHand(String interactionId, String userId, String note) {
        interaction(interactionId).moderatedByHand(userId, note, clock.instant());
    }

    private Interaction interaction(String interactionId) {
        return interactions.findById(interactionId)
                .orElseThrow(() -> new NotFound("interactionId", "No interaction " + interactionId));
    }

    private static String detail(String detail) {
        return detail == null || detail.isBlank() ? "" : ": " + detail;
    }
}
