package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.BRAND;
import static io.engineroom.inbox.InteractionHandlingVariables.BUSINESS_HOURS_ONLY;
import static io.engineroom.inbox.InteractionHandlingVariables.INTERACTION_ID;
import static io.engineroom.inbox.InteractionHandlingVariables.POLICY;
import static io.engineroom.inbox.InteractionHandlingVariables.QUEUE;
import static io.engineroom.inbox.InteractionHandlingVariables.RECEIVED_AT;
import static io.engineroom.inbox.InteractionHandlingVariables.SLA_DUE;
import static io.engineroom.inbox.InteractionHandlingVariables.SLA_REMINDER_AT;
import static io.engineroom.inbox.InteractionHandlingVariables.SUPPORT_TARGET;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BusinessHours;
import io.engineroom.inbox.InteractionProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Start the SLA clock": from the policy interaction-routing.dmn chose, the first response is due at
 * receipt plus the target (counting business hours only where the policy says so), the queue is reminded at 75 %.
 */
@Component("startSla")
class StartSla implements JavaDelegate {

    private final BrandService brands;
    private final InteractionProgress progress;

    StartSla(BrandService brands, InteractionProgress progress) {
        this.brands = brands;
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SlaSchedule schedule = schedule(execution, brands);
        progress.slaStarted(INTERACTION_ID.get(execution), schedule.due());
    }

    /**
     * Reads the policy interaction-routing.dmn chose and sets the queue, support's target and the SLA clocks from
     * it, always counted from when the interaction was received: for the first start and for "Move the SLA clock"
     * after a correction of the category.
     */
    static SlaSchedule schedule(DelegateExecution execution, BrandService brands) {
        SlaPolicy policy = SlaPolicy.of(POLICY.get(execution));
        Duration target = policy.firstResponseTarget();
        Instant received = RECEIVED_AT.require(execution).toInstant();
        SlaClock clock = new SlaClock(policy.businessHoursOnly() ? brands.businessHours(BRAND.get(execution)) : null);
        SlaSchedule schedule = new SlaSchedule(policy.queue(), clock.plus(received, target),
                clock.plus(received, target.multipliedBy(3).dividedBy(4)));
        QUEUE.set(execution, policy.queue());
        BUSINESS_HOURS_ONLY.set(execution, policy.businessHoursOnly());
        SUPPORT_TARGET.set(execution, policy.supportTarget());
        SLA_DUE.set(execution, Date.from(schedule.due()));
        SLA_REMINDER_AT.set(execution, Date.from(schedule.reminderAt()));
        return schedule;
    }

    /** Who answers, when the first response is due and when the queue is reminded (75 % of the target). */
    record SlaSchedule(String queue, Instant due, Instant reminderAt) {
    }

    /** Around the clock, or in the brand's business hours only. */
    record SlaClock(BusinessHours hours) {
        Instant plus(Instant start, Duration amount) {
            return hours == null ? start.plus(amount) : hours.plusWorkingTime(start, amount);
        }
    }
}
