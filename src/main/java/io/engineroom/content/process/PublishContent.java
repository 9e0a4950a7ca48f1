package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.ALL_PUBLISHED;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_BY_HAND;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_PUBLISH_AGAIN;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_VERIFY;
import static io.engineroom.content.ContentApprovalVariables.PUBLICATION_REPORT;

import io.engineroom.content.ContentPublishing;
import io.engineroom.content.PublicationFollowUp;
import io.engineroom.content.PublicationReport;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Publish to channels": one publish per channel. The channels a person must see to afterwards go to
 * the SOP as {@code channelsByHand} (post by hand) and {@code channelsToVerify} (failed, unknown or held), each a
 * list of channel ids for a multi-instance task; the report stays for people reading the whole instance.
 */
@Component("publishContent")
class PublishContent implements JavaDelegate {

    private final ContentPublishing publishing;
    private final PublicationFollowUp followUp;
    private final PieceFacts facts;

    PublishContent(ContentPublishing publishing, PublicationFollowUp followUp, PieceFacts facts) {
        this.publishing = publishing;
        this.followUp = followUp;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the item whose record names this instance, and the caption as the copywriter submitted it (what the
        // reviewers approved), never a "caption" or "contentItemId" variable rewritten since
        long contentItemId = facts.item(execution);
        PublicationReport report = publishing.publish(contentItemId, PieceFacts.caption(execution));
        ALL_PUBLISHED.set(execution, report.allPublished());
        PUBLICATION_REPORT.set(execution, report.summary());
        // read back from the attempt log, which is what a person's findings later change too
        PublicationFollowUp.FollowUps followUps = followUp.followUps(contentItemId);
        CHANNELS_BY_HAND.set(execution, new ArrayList<>(followUps.byHand()));
        CHANNELS_TO_VERIFY.set(execution, new ArrayList<>(followUps.toVerify()));
        // declared here, on the instance, so the verify tasks' listener adds to one list (see PublishChannelsAgain)
        CHANNELS_TO_PUBLISH_AGAIN.set(execution, new ArrayList<>());
    }
}
