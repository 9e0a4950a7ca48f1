package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.FROZEN_BY_CRISIS;

import io.engineroom.crisis.IncidentProgress;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The incident and brand a crisis instance acts on, from the incident's record (which names the instance it is
 * managed by) instead of the {@code incidentId} and {@code brandId} variables, which anyone able to reach the engine
 * could point at another incident or brand: freezing, lifting and notifying act on the real ones.
 */
@Component
class CrisisFacts {

    static final String FREEZE_STEP = "FreezePublishing";

    private final IncidentProgress incidents;

    CrisisFacts(IncidentProgress incidents) {
        this.incidents = incidents;
    }

    long incident(DelegateExecution execution) {
        return incidents.incidentOfInstance(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }

    String brand(DelegateExecution execution) {
        return incidents.brandOf(incident(execution));
    }

    /** Whether this incident's own "Freeze publishing" step froze the brand, as history recorded that step. */
    static boolean frozenByCrisis(DelegateExecution execution) {
        return FROZEN_BY_CRISIS.setInStep(execution.getProcessEngineServices().getHistoryService(),
                execution.getProcessInstanceId(), FREEZE_STEP).orElse(false);
    }
}
