package io.engineroom.reporting.process;

import static io.engineroom.reporting.ReportingCadenceVariables.REPORT_APPROVED;
import static io.engineroom.reporting.ReportingCadenceVariables.REPORT_DECISION;
import static io.engineroom.reporting.ReportingCadenceVariables.REVIEW_COMMENT;
import static io.engineroom.reporting.ReportingCadenceVariables.REVIEW_FEEDBACK;

import io.engineroom.reporting.ReportLifecycle;
import io.engineroom.workflow.Acting;
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
        String decision = REPORT_DECISION.get(task);
        if (!"approve".equals(decision) && !"sendBack".equals(decision)) {
            throw new BadUserRequestException("Approve the report or send it back");
        }
        String manager = Acting.assigneeOrActing(task);
        if (manager == null) {
            throw new BadUserRequestException("A decision needs a person: claim the task before completing it");
        }
        boolean approved = "approve".equals(decision);
        String comment = REVIEW_COMMENT.get(task);
        lifecycle.decide(ReportFacts.reportId(task, lifecycle), approved, comment, manager);
        REPORT_APPROVED.set(task, approved);
        if (approved) {
            REVIEW_FEEDBACK.remove(task);
        } else {
            REVIEW_FEEDBACK.set(task, comment.strip());
        }
        // the next round opens with a fresh decision
        REPORT_DECISION.remove(task);
        REVIEW_COMMENT.remove(task);
    }
}
