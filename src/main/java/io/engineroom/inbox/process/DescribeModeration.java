package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.MODERATION_INSTRUCTION;

import io.engineroom.inbox.InteractionModeration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Moderate by hand" created: tells the community manager what to do on the platform and where (the connector's
 * instruction with the link, or why Engine Room could not do it), from the interaction's record.
 */
@Component("describeModeration")
class DescribeModeration implements TaskListener {

    private final InteractionModeration moderation;
    private final InteractionFacts facts;

    DescribeModeration(InteractionModeration moderation, InteractionFacts facts) {
        this.moderation = moderation;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        MODERATION_INSTRUCTION.setLocal(task, moderation.instruction(facts.interaction(task.getExecution())));
    }
}
