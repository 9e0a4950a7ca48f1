package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.CRISIS_LEAD;
import static io.engineroom.crisis.CrisisCommunicationVariables.FROZEN_BY_CRISIS;
import static io.engineroom.crisis.CrisisCommunicationVariables.SEVERITY;
import static io.engineroom.crisis.CrisisCommunicationVariables.TITLE;

import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.publishing.FreezeRefused;
import io.engineroom.publishing.FreezeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Freeze publishing", from severity 2: stops the brand's scheduled posts in the crisis lead's name.
 * A freeze already on (someone froze by hand first) is left alone and not lifted by this incident later.
 */
@Component("freezeBrandPublishing")
class FreezeBrandPublishing implements JavaDelegate {

    private final FreezeService freezes;
    private final IncidentTimeline timeline;
    private final CrisisFacts facts;

    FreezeBrandPublishing(FreezeService freezes, IncidentTimeline timeline, CrisisFacts facts) {
        this.freezes = freezes;
        this.timeline = timeline;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long incidentId = facts.incident(execution);
        String brandId = facts.brand(execution);
        String crisisLead = CRISIS_LEAD.get(execution);
        try {
            freezes.freeze(brandId, "Incident #" + incidentId + " (severity " + SEVERITY.get(execution)
                    + "): " + TITLE.get(execution), crisisLead);
            FROZEN_BY_CRISIS.set(execution, true);
            timeline.record(incidentId, crisisLead, "Publishing frozen for " + brandId);
        } catch (FreezeRefused alreadyFrozen) {
            FROZEN_BY_CRISIS.set(execution, false);
            timeline.record(incidentId, null, "Publishing was frozen already: " + alreadyFrozen.getMessage());
        }
    }
}
