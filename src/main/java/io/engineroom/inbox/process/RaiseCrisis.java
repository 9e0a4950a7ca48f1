package io.engineroom.inbox.process;

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
        events.publishEvent(new CrisisSignal(facts.brand(execution), java.util.List.of(interaction),
                (String) execution.getVariable("responseNote"), (String) execution.getVariable("respondedBy")));
    }
}
