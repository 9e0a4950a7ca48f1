package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.SIGN_OFF;
import static io.engineroom.crisis.CrisisCommunicationVariables.SIGN_OFF_COMMENT;

import io.engineroom.crisis.IncidentTimeline;
import io.engineroom.workflow.Acting;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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

    private final IncidentTimeline timeline;

    RecordSignOff(IncidentTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateTask task) {
        SignOffSide side = SignOffSide.ofTask(task.getTaskDefinitionKey());
        // a value of another type (not the form's) is no answer: refused below like a missing one
        String decision = SIGN_OFF.findIfTyped(task).orElse(null);
        String comment = SIGN_OFF_COMMENT.findIfTyped(task).orElse(null);
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new BadUserRequestException("A sign-off needs a decision: approve or reject");
        }
        boolean approved = "approve".equals(decision);
        if (!approved && (comment == null || comment.isBlank())) {
            throw new BadUserRequestException("A rejection needs a comment saying what must change in the statement");
        }
        // the task's assignee signs (they claimed it), else the person the engine is acting for
        String who = Acting.assigneeOrActing(task);
        if (who == null) {
            throw new BadUserRequestException("A sign-off needs a person: claim the task before completing it");
        }
        side.approved.set(task, approved);
        side.approver.set(task, approved ? who : null);
        if (approved) {
            side.feedback.remove(task);
        } else {
            side.feedback.set(task, comment.strip());
        }
        SIGN_OFF.remove(task);
        SIGN_OFF_COMMENT.remove(task);
        timeline.record(INCIDENT_ID.require(task), who, approved
                ? side.label + " approved the holding statement"
                : side.label + " rejected the holding statement: " + comment.strip());
    }
}
