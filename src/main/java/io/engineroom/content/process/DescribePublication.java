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

    DescribePublication(PublicationFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void notify(DelegateTask task) {
        Object caption = task.getVariable("caption");
        PublicationFollowUp.ChannelTask shown = followUp.describe(PublicationAnswer.number(task, "contentItemId"),
                PublicationAnswer.number(task, "channelId"), caption == null ? null : caption.toString());
        task.setVariableLocal("channelLabel", shown.channelLabel());
        task.setVariableLocal("postText", shown.postText());
        task.setVariableLocal("attemptSummary", shown.attemptSummary());
        PublicationAnswer.keepAnswersPerChannel(task);
    }
}
