package io.engineroom.crisis.process;

import io.engineroom.crisis.IncidentTimeline;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on the legal and executive sign-offs of the holding statement: records the decision as
 * {@code legalApproved} + {@code legalApprover} (or the executive pair) with the person who signed, and puts it on
 * the incident's timeline. A rejection needs a comment, checked here in the engine so it holds for every caller.
 * <p>
 * The form's own values ({@code signOff}, {@code signOffComment}) are removed again: both sign-offs run side by
 * side on the same instance, and neither should open with the other's answer, nor the next round with this one's.
 * A rejection's comment stays for the drafter as {@code legalFeedback} / {@code executiveFeedback} until that side
 * approves.
 */
@Component("recordSignOff")
class RecordSignOff implements TaskListener {

    static final String LEGAL_TASK = "LegalSignOff";
    static final String EXECUTIVE_TASK = "ExecutiveSignOff";

    private final IncidentTimeline timeline;

    RecordSignOff(IncidentTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        String side = side(task.getTaskDefinitionKey());
        Object decision = task.getVariable("signOff");
        Object comment = task.getVariable("signOffComment");
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new BadUserRequestException("A sign-off needs a decision: approve or reject");
        }
        boolean approved = "approve".equals(decision);
        if (!approved && (comment == null || comment.toString().isBlank())) {
            throw new BadUserRequestException("A rejection needs a comment saying what must change in the statement");
        }
        String who = signer(task);
        if (who == null) {
            throw new BadUserRequestException("A sign-off needs a person: claim the task before completing it");
        }
        task.setVariable(side + "Approved", approved);
        task.setVariable(side + "Approver", approved ? who : null);
        if (approved) {
            task.removeVariable(side + "Feedback");
        } else {
            task.setVariable(side + "Feedback", comment.toString().strip());
        }
        task.removeVariable("signOff");
        task.removeVariable("signOffComment");
        String role = "legal".equals(side) ? "Legal" : "Executive";
        timeline.record(((Number) task.getVariable("incidentId")).longValue(), who, approved
                ? role + " approved the holding statement"
                : role + " rejected the holding statement: " + comment.toString().strip());
    }

    private static String side(String taskKey) {
        if (LEGAL_TASK.equals(taskKey)) {
            return "legal";
        }
        if (EXECUTIVE_TASK.equals(taskKey)) {
            return "executive";
        }
        throw new IllegalStateException("recordSignOff belongs on " + LEGAL_TASK + " or " + EXECUTIVE_TASK + ", not "
                + taskKey);
    }

    /** Who completes it: the task's assignee, else the person the engine is acting for. */
    private static String signer(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        CommandContext context = Context.getCommandContext();
        return context == null ? null : context.getAuthenticatedUserId();
    }
}
