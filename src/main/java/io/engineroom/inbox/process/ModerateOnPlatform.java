package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_APPLIED;

import io.engineroom.inbox.InteractionModeration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Moderate on the platform" (asynchronous before: the platform call runs in a job of its own, not in
 * the person's request): asks the channel's connector for the moderation recorded on the interaction and records
 * what came of it. {@code moderationApplied} is then read back from that record for the gateway right after. A job
 * retried after a crash asks again: hide, block and mute are the same twice; a second delete finds nothing and is
 * recorded as failed, so a person looks.
 */
@Component("moderateOnPlatform")
class ModerateOnPlatform implements JavaDelegate {

    private final InteractionModeration moderation;
    private final InteractionFacts facts;

    ModerateOnPlatform(InteractionModeration moderation, InteractionFacts facts) {
        this.moderation = moderation;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String interaction = facts.interaction(execution);
        moderation.applyOnPlatform(interaction);
        MODERATION_APPLIED.set(execution, !moderation.needsPerson(interaction));
    }
}
