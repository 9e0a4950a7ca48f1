package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_PUBLISH_AGAIN;
import static io.engineroom.content.ContentApprovalVariables.CHANNEL_ID;
import static io.engineroom.content.ContentApprovalVariables.FINDING;
import static io.engineroom.content.ContentApprovalVariables.FINDING_NOTE;
import static io.engineroom.content.ContentApprovalVariables.POST_URL;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AGAIN;

import io.engineroom.base.InvalidInput;
import io.engineroom.content.PublicationFollowUp;
import io.engineroom.publishing.Resolution;
import io.engineroom.workflow.Acting;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a "Post by hand" task (the link is required) or a "Verify publication" task ({@code finding}
 * {@code posted} with the link, or {@code not-posted} with a note): records it on the channel's publication. With
 * {@code not-posted} and {@code publishAgain}, the channel goes on {@code channelsToPublishAgain} for the SOP's
 * "Publish again" step, refused here when its resends are used up (the person then decides by hand).
 * Checked in the engine, so it holds for every caller; a refusal names the field and nothing is written.
 */
@Component("recordPublicationFinding")
class RecordPublicationFinding implements TaskListener {

    static final String POST_BY_HAND = "PostByHand";

    private final PublicationFollowUp followUp;
    private final PieceFacts facts;

    RecordPublicationFinding(PublicationFollowUp followUp, PieceFacts facts) {
        this.followUp = followUp;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            long item = facts.item(task.getExecution());
            long channelId = PublicationAnswer.number(task, CHANNEL_ID);
            Resolution resolution = resolution(task);
            boolean again = !resolution.posted() && Boolean.TRUE.equals(PUBLISH_AGAIN.get(task));
            if (again && followUp.resendsLeft(item, channelId) == 0) {
                // checked before anything is written: the finding is recorded in a transaction of its own
                throw new InvalidInput(PUBLISH_AGAIN.name(), "Engine Room has published it again as often as it may:"
                        + " post it by hand and say it is posted, with the link, or leave it not posted");
            }
            followUp.recordFinding(item, channelId, resolution, who(task));
            if (again) {
                publishAgainLater(task, channelId);
            }
        } catch (InvalidInput refused) {
            // the InvalidInput travels as the cause, so the task page can show it next to its field
            throw new BadUserRequestException(refused.getMessage(), refused);
        } catch (IllegalStateException refused) {
            throw new BadUserRequestException(refused.getMessage(), refused);
        }
    }

    /** Adds the channel to the instance's {@code channelsToPublishAgain}, which the gateway after the task reads. */
    private static void publishAgainLater(DelegateTask task, long channelId) {
        DelegateExecution instance = task.getExecution().getProcessInstance();
        List<Long> channels = new ArrayList<>(CHANNELS_TO_PUBLISH_AGAIN.findIfTyped(instance).orElse(List.of()));
        if (!channels.contains(channelId)) {
            channels.add(channelId);
        }
        CHANNELS_TO_PUBLISH_AGAIN.setLocal(instance, channels);
    }

    private static Resolution resolution(DelegateTask task) {
        String postUrl = PublicationAnswer.text(task, POST_URL);
        if (POST_BY_HAND.equals(task.getTaskDefinitionKey())) {
            return posted(postUrl);
        }
        String finding = PublicationAnswer.text(task, FINDING);
        if ("posted".equals(finding)) {
            return posted(postUrl);
        }
        if ("not-posted".equals(finding)) {
            String note = PublicationAnswer.text(task, FINDING_NOTE);
            if (note == null) {
                throw new InvalidInput(FINDING_NOTE.name(), "Say why it is not out there");
            }
            return Resolution.notPosted(note);
        }
        throw new InvalidInput(FINDING.name(), "Say what you found: posted, or not posted");
    }

    private static Resolution posted(String postUrl) {
        if (postUrl == null) {
            throw new InvalidInput(POST_URL.name(), "Paste the link to the post");
        }
        return Resolution.posted(postUrl);
    }

    /** The person completing it: signed in to the engine, or else the one the task is assigned to. */
    private static String who(DelegateTask task) {
        String userId = Acting.completer(task);
        if (userId == null) {
            throw new BadUserRequestException("Claim the task first: a finding needs the person who made it");
        }
        return userId;
    }
}
