package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_PUBLISH_AGAIN;
import static io.engineroom.content.ContentApprovalVariables.CHANNELS_TO_VERIFY;
import static io.engineroom.content.ContentApprovalVariables.PUBLICATION_REPORT;

import io.engineroom.content.ContentPublishing;
import io.engineroom.content.PublicationFollowUp;
import io.engineroom.content.PublicationReport;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Publish again" (asynchronous, so the platform call runs in a job, not in the request of the person
 * who completed "Verify publication"): sends again each channel a person found not posted and asked to publish again
 * ({@code channelsToPublishAgain}). {@link ContentPublishing#publishAgain} decides from the records whether it may
 * (found not posted, resends left), whatever the list says. The channels still not out there afterwards go back to
 * {@code channelsToVerify}, so a person looks again: every round needs a person, and the resends are bounded.
 */
@Component("publishChannelsAgain")
class PublishChannelsAgain implements JavaDelegate {

    private final ContentPublishing publishing;
    private final PublicationFollowUp followUp;
    private final PieceFacts facts;

    PublishChannelsAgain(ContentPublishing publishing, PublicationFollowUp followUp, PieceFacts facts) {
        this.publishing = publishing;
        this.followUp = followUp;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long contentItemId = facts.item(execution);
        String caption = PieceFacts.caption(execution);
        List<Long> requested = CHANNELS_TO_PUBLISH_AGAIN.findIfTyped(execution).orElse(List.of());
        List<String> lines = new ArrayList<>();
        for (Long channelId : requested.stream().distinct().sorted().toList()) {
            PublicationReport sent = publishing.publishAgain(contentItemId, channelId, caption);
            lines.addAll(sent.lines());
        }
        // read back from the attempt log: a channel sent again and not certainly out is verified again
        List<Long> stillMissing = new ArrayList<>(followUp.followUps(contentItemId).toVerify().stream()
                .filter(requested::contains).toList());
        String report = PUBLICATION_REPORT.findIfTyped(execution).orElse("");
        PUBLICATION_REPORT.set(execution, report.isEmpty() ? String.join("\n", lines)
                : report + "\n" + String.join("\n", lines));
        CHANNELS_TO_PUBLISH_AGAIN.set(execution, new ArrayList<>());
        CHANNELS_TO_VERIFY.set(execution, stillMissing);
    }
}
