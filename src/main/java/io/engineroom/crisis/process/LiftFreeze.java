package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.RELEASE_CHOICE;
import static io.engineroom.crisis.CrisisCommunicationVariables.RESOLVED_BY;

import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.publishing.FreezeService;
import io.engineroom.publishing.ReleaseChoice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Lift the freeze": the incident's own freeze ends in the name of whoever resolved it; the held
 * posts go out in order or back to review, as they chose.
 */
@Component("liftFreeze")
class LiftFreeze implements JavaDelegate {

    private final FreezeService freezes;
    private final IncidentTimeline timeline;
    private final CrisisFacts facts;

    LiftFreeze(FreezeService freezes, IncidentTimeline timeline, CrisisFacts facts) {
        this.freezes = freezes;
        this.timeline = timeline;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String brandId = facts.brand(execution);
        String resolvedBy = RESOLVED_BY.get(execution);
        ReleaseChoice choice = ReleaseChoice.valueOf(RELEASE_CHOICE.get(execution));
        freezes.release(brandId, resolvedBy, choice);
        timeline.record(facts.incident(execution), resolvedBy, "Publishing freeze lifted ("
                + (choice == ReleaseChoice.BACK_TO_REVIEW ? "held posts back to review" : "held posts go out in order")
                + ")");
    }
}
