package io.engineroom.content.process;

import io.engineroom.base.InvalidInput;
import io.engineroom.content.PublicationFollowUp;
import io.engineroom.publishing.Resolution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
                    PublicationAnswer.number(task, "channelId"), resolution(task), who(task));
        } catch (InvalidInput refused) {
            // the InvalidInput travels as the cause, so the task page can show it next to its field
            throw new BadUserRequestException(refused.getMessage(), refused);
        } catch (IllegalStateException refused) {
            throw new BadUserRequestException(refused.getMessage(), refused);
        }
    }

    private static Resolution resolution(DelegateTask task) {
        String postUrl = PublicationAnswer.text(task, PublicationAnswer.POST_URL);
        if (POST_BY_HAND.equals(task.getTaskDefinitionKey())) {
            return posted(postUrl);
        }
        String finding = PublicationAnswer.text(task, PublicationAnswer.FINDING);
        if ("posted".equals(finding)) {
            return posted(postUrl);
        }
        if ("not-posted".equals(finding)) {
            String note = PublicationAnswer.text(task, PublicationAnswer.FINDING_NOTE);
            if (note == null) {
                throw new InvalidInput(PublicationAnswer.FINDING_NOTE, "Say why it is not out there");
            }
            return Resolution.notPosted(note);
        }
        throw new InvalidInput(PublicationAnswer.FINDING, "Say what you found: posted, or not posted");
    }

    private static Resolution posted(String postUrl) {
        if (postUrl == null) {
            throw new InvalidInput(PublicationAnswer.POST_URL, "Paste the link to the post");
        }
        return Resolution.posted(postUrl);
    }

    /** The person completing it: signed in to the engine, or else the one the task is assigned to. */
    private static String who(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        String userId = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                : task.getAssignee();
        if (userId == null) {
            throw new BadUserRequestException("Claim the task first: a finding needs the person who made it");
        }
        return userId;
    }
}
