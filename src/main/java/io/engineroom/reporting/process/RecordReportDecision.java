package io.engineroom.reporting.process;

import io.engineroom.reporting.ReportLifecycle;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on "Approve the report": {@code reportDecision} is {@code approve} or {@code sendBack}
 * (which needs a {@code reviewComment}); the gateway reads {@code reportApproved}. A comment sent back stays for
 * the analyst as {@code reviewFeedback} until the report is approved.
 */
@Component("recordReportDecision")
class RecordReportDecision implements TaskListener {

    private final ReportLifecycle lifecycle;

    RecordReportDecision(ReportLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable("reportDecision");
        if (!"approve".equals(decision) && !"sendBack".equals(decision)) {
            throw new BadUserRequestException("Approve the report or send it back");
        }
        String manager = ReportVariables.completedBy(task);
        if (manager == null) {
            throw new BadUserRequestException("A decision needs a person: claim the task before completing it");
        }
        boolean approved = "approve".equals(decision);
        Object comment = task.getVariable("reviewComment");
        lifecycle.decide(ReportVariables.reportId(task, lifecycle), approved, comment == null ? null : comment.toString(),
                manager);
        task.setVariable("reportApproved", approved);
        if (approved) {
            task.removeVariable("reviewFeedback");
        } else {
            task.setVariable("reviewFeedback", comment.toString().strip());
        }
        // the next round opens with a fresh decision
        task.removeVariable("reportDecision");
        task.removeVariable("reviewComment");
    }
}
