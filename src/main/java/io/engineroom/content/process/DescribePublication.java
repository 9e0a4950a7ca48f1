package io.engineroom.content.process;

import io.engineroom.content.PublicationFollowUp;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating a "Post by hand" or "Verify publication" task for one channel ({@code channelId}, the
 * multi-instance element): what the form shows, as task-local variables. {@code channelLabel}, {@code postText}
 * (what was, or is to be, posted) and {@code attemptSummary} (what was sent, and what came back).
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
                PublicationAnswer.number(task, "channelId"), PieceFacts.caption(task.getExecution()));
        task.setVariableLocal("channelLabel", shown.channelLabel());
        task.setVariableLocal("postText", shown.postText());
        task.setVariableLocal("attemptSummary", shown.attemptSummary());
        PublicationAnswer.keepAnswersPerChannel(task);
    }
}
