package io.engineroom.inbox.process;

import static io.engineroom.inbox.InteractionHandlingVariables.BRAND;
import static io.engineroom.inbox.InteractionHandlingVariables.BUSINESS_HOURS_ONLY;
import static io.engineroom.inbox.InteractionHandlingVariables.SUPPORT_DUE;
import static io.engineroom.inbox.InteractionHandlingVariables.SUPPORT_TARGET;

import io.engineroom.brand.BrandService;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Service task "Start support SLA": support's own target, from the hand-off, as the policy set it. */
@Component("startSupportSla")
class StartSupportSla implements JavaDelegate {

    private final BrandService brands;

    StartSupportSla(BrandService brands) {
        this.brands = brands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Duration target = Duration.parse(SUPPORT_TARGET.require(execution));
        boolean businessHoursOnly = Boolean.TRUE.equals(BUSINESS_HOURS_ONLY.get(execution));
        StartSla.SlaClock clock = new StartSla.SlaClock(businessHoursOnly ? brands.businessHours(BRAND.get(execution))
                : null);
        SUPPORT_DUE.set(execution, Date.from(clock.plus(ClockUtil.getCurrentTime().toInstant(), target)));
    }
}
