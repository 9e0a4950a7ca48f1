package io.engineroom.inbox.process;

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
        Duration target = Duration.parse((String) execution.getVariable("supportTarget"));
        boolean businessHoursOnly = Boolean.TRUE.equals(execution.getVariable("businessHoursOnly"));
        StartSla.SlaClock clock = new StartSla.SlaClock(businessHoursOnly
                ? brands.businessHours((String) execution.getVariable("brand")) : null);
        execution.setVariable("supportDue", Date.from(clock.plus(ClockUtil.getCurrentTime().toInstant(), target)));
    }
}
