package io.engineroom.inbox.process;

import io.engineroom.base.BusinessKey;
import io.engineroom.inbox.SlaTarget;
import io.engineroom.inbox.SlaTargets;
import io.engineroom.workflow.SopExpressionBean;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The brand's own SLA target for the interaction's category, for interaction-routing.dmn: "Apply SLA policy" maps
 * {@code brandFirstResponseTarget} and {@code brandBusinessHoursOnly} from here as inputs of the decision, so the
 * decision reads the brand's policy record at the decision point (the interaction named by the instance's business
 * key, its brand and category from its record), never a variable a task completer could have written. Null when the
 * brand has none for the category: the shipped table decides.
 * <p>
 * An SOP expression bean: its methods only read a brand's SLA policy.
 */
@SopExpressionBean
@Component("brandSla")
public class BrandSla {

    private static final ThreadLocal<LastRead> LAST_READ = new ThreadLocal<>();

    private final SlaTargets targets;

    BrandSla(SlaTargets targets) {
        this.targets = targets;
    }

    /** The brand's first-response target for this interaction's category (ISO-8601), or null. */
    public String firstResponseTarget(DelegateExecution execution) {
        return target(execution).map(target -> target.firstResponse().toString()).orElse(null);
    }

    /** Whether the brand's SLA clock for this interaction's category counts business hours only, or null. */
    public Boolean businessHoursOnly(DelegateExecution execution) {
        return target(execution).map(SlaTarget::businessHoursOnly).orElse(null);
    }

    /**
     * The target, read once per evaluation: "Apply SLA policy" asks for both inputs, one after the other, on the
     * same thread for the same activity instance, so the second is given what the first read.
     */
    private Optional<SlaTarget> target(DelegateExecution execution) {
        String evaluation = execution.getId() + "|" + execution.getActivityInstanceId();
        LastRead last = LAST_READ.get();
        if (last != null && last.evaluation().equals(evaluation)) {
            LAST_READ.remove();
            return last.target();
        }
        String interactionId = BusinessKey.id(execution.getProcessBusinessKey(), "interaction",
                execution.getProcessInstanceId());
        Optional<SlaTarget> target = targets.forInteraction(interactionId, execution.getProcessInstanceId());
        LAST_READ.set(new LastRead(evaluation, target));
        return target;
    }

    private record LastRead(String evaluation, Optional<SlaTarget> target) {
    }
}
