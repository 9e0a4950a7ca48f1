package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CHANNEL_ID;
import static io.engineroom.content.ContentApprovalVariables.FINDING;
import static io.engineroom.content.ContentApprovalVariables.FINDING_NOTE;
import static io.engineroom.content.ContentApprovalVariables.POST_URL;

import io.engineroom.base.InvalidInput;
import io.engineroom.content.PublicationFollowUp;
import io.engineroom.publishing.Resolution;
import io.engineroom.workflow.Acting;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a "Post by hand" task (the link is required) or a "Verify publication" task ({@code finding}
 * {@code posted} with the link, or {@code not-posted} with a note): records it on the channel's publication.
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
            followUp.recordFinding(facts.item(task.getExecution()),
                    PublicationAnswer.number(task, CHANNEL_ID), resolution(task), who(task));
        } catch (InvalidInput refused) {
            // the InvalidInput travels as the cause, so the task page can show it next to its field
            throw new BadUserRequestException(refused.getMessage(), refused);
        } catch (IllegalStateException refused) {
            throw new BadUserRequestException(refused.getMessage(), refused);
        }
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
