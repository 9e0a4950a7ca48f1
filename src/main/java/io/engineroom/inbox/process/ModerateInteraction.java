package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONDED_BY;

import io.engineroom.inbox.InteractionModeration;
import io.engineroom.inbox.Moderation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Record the moderation": records on the interaction the {@code moderation} a person chose in Respond.
 * It runs in the same transaction as Respond's completion (no wait state between), so the variables are the ones
 * that completion wrote; "Moderate on the platform" then acts on this record, not on the variables.
 */
@Component("moderateInteraction")
class ModerateInteraction implements JavaDelegate {

    private final InteractionModeration moderation;
    private final InteractionFacts facts;

    ModerateInteraction(InteractionModeration moderation, InteractionFacts facts) {
        this.moderation = moderation;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        moderation.record(facts.interaction(execution), Moderation.ofVariable(MODERATION.get(execution)),
                RESPONDED_BY.get(execution));
    }
}
