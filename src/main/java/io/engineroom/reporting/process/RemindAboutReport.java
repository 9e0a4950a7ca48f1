package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.REMIND_ROLE;
import static io.engineroom.reporting.ReportingCadenceVariables.REMIND_WHAT;

import io.engineroom.identity.Role;
import io.engineroom.reporting.ReportLifecycle;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks "Remind the analyst" / "Remind the manager" after a reminder timer: a notice to the brand's people
 * with the role in the task's input {@code remindRole}, saying what waits ({@code remindWhat}).
 */
@Component("remindAboutReport")
class RemindAboutReport implements JavaDelegate {

    private final ReportLifecycle lifecycle;

    RemindAboutReport(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String groupId = String.valueOf(REMIND_ROLE.get(execution));
        Role role = Arrays.stream(Role.values()).filter(candidate -> candidate.groupId().equals(groupId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("remindRole is not a role: " + groupId));
        String what = String.valueOf(REMIND_WHAT.get(execution));
        lifecycle.remind(ReportFacts.reportId(execution, lifecycle), role, what);
    }
}
