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

    RaiseCrisis(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new CrisisSignal((String) execution.getVariable("brand"),
                java.util.List.of((String) execution.getVariable("interactionId")), (String) execution.getVariable("responseNote"),
                (String) execution.getVariable("respondedBy")));
    }
}
