package io.engineroom.inbox.process;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BusinessHours;
import io.engineroom.inbox.InteractionProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
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
        Map<?, ?> policy = (Map<?, ?>) execution.getVariable("policy");
        Duration target = Duration.parse(policy.get("firstResponseTarget").toString());
        boolean businessHoursOnly = Boolean.TRUE.equals(policy.get("businessHoursOnly"));
        Instant received = ((Date) execution.getVariable("receivedAt")).toInstant();
        SlaClock clock = new SlaClock(businessHoursOnly ? brands.businessHours((String) execution.getVariable("brand"))
                : null);
        Instant due = clock.plus(received, target);
        execution.setVariable("queue", policy.get("queue"));
        execution.setVariable("businessHoursOnly", businessHoursOnly);
        execution.setVariable("supportTarget", policy.get("supportTarget"));
        execution.setVariable("slaDue", Date.from(due));
        execution.setVariable("slaReminderAt", Date.from(clock.plus(received, target.multipliedBy(3).dividedBy(4))));
        progress.slaStarted((String) execution.getVariable("interactionId"), due);
    }

    /** Around the clock, or in the brand's business hours only. */
    record SlaClock(BusinessHours hours) {
        Instant plus(Instant start, Duration amount) {
            return hours == null ? start.plus(amount) : hours.plusWorkingTime(start, amount);
        }
    }
}
