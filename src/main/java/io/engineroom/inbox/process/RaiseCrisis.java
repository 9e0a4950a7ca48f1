package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.RESPONDED_BY;
import static io.engineroom.inbox.InteractionHandlingVariables.RESPONSE_NOTE;

import io.engineroom.inbox.CrisisSignal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task "Raise crisis": the person answering says this is (part of) a crisis; the crisis side takes over. */
@Component("raiseCrisis")
class RaiseCrisis implements JavaDelegate {

    private final ApplicationEventPublisher events;
    private final InteractionFacts facts;

    RaiseCrisis(ApplicationEventPublisher events, InteractionFacts facts) {
        this.events = events;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String interaction = facts.interaction(execution);
        // the note and the responder as Respond's completion (in this same command) has just set them
        events.publishEvent(new CrisisSignal(facts.brand(execution), java.util.List.of(interaction),
                RESPONSE_NOTE.get(execution), RESPONDED_BY.get(execution)));
    }
}
