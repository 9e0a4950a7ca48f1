package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONDED_BY;

import io.engineroom.inbox.InteractionModeration;
import io.engineroom.inbox.Moderation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Moderate": records the {@code moderation} (hide, delete, spam) a person chose in Respond. */
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
