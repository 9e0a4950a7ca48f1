package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.FROZEN_BY_CRISIS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) on "Lift the freeze?": {@code frozenByCrisis} as this incident's freeze step set it
 * (from history), so a rewritten variable cannot make the SOP lift a freeze that someone else put on.
 */
@Component("freezeFacts")
class FreezeFacts implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        FROZEN_BY_CRISIS.set(execution, CrisisFacts.frozenByCrisis(execution));
    }
}
