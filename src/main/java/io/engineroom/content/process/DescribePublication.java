package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.ATTEMPT_SUMMARY;
import static io.engineroom.content.ContentApprovalVariables.CHANNEL_ID;
import static io.engineroom.content.ContentApprovalVariables.CHANNEL_LABEL;
import static io.engineroom.content.ContentApprovalVariables.POST_TEXT;
import static io.engineroom.content.ContentApprovalVariables.RESEND_NOTE;

import io.engineroom.content.PublicationFollowUp;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating a "Post by hand" or "Verify publication" task for one channel ({@code channelId}, the
 * multi-instance element): what the form shows, as task-local variables. {@code channelLabel}, {@code postText}
 * (what was, or is to be, posted), {@code attemptSummary} (what was sent, and what came back) and, to verify,
 * {@code resendNote} (whether Engine Room may publish it again).
 */
@Component("describePublication")
class DescribePublication implements TaskListener {

    private final PublicationFollowUp followUp;
    private final PieceFacts facts;

    DescribePublication(PublicationFollowUp followUp, PieceFacts facts) {
        this.followUp = followUp;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        PublicationFollowUp.ChannelTask shown = followUp.describe(facts.item(task.getExecution()),
                PublicationAnswer.number(task, CHANNEL_ID), PieceFacts.caption(task.getExecution()));
        CHANNEL_LABEL.setLocal(task, shown.channelLabel());
        POST_TEXT.setLocal(task, shown.postText());
        ATTEMPT_SUMMARY.setLocal(task, shown.attemptSummary());
        if (!RecordPublicationFinding.POST_BY_HAND.equals(task.getTaskDefinitionKey())) {
            RESEND_NOTE.setLocal(task, shown.resendNote());
        }
        PublicationAnswer.keepAnswersPerChannel(task);
    }
}
