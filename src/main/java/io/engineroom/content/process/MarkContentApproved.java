package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;

import io.engineroom.content.ContentService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Mark content approved": records the approval on the content item, and hands the SOP the item's
 * publish time for the timer that waits for it.
 */
@Component("markContentApproved")
class MarkContentApproved implements JavaDelegate {

    private final ContentService content;
    private final PieceFacts facts;

    MarkContentApproved(ContentService content, PieceFacts facts) {
        this.content = content;
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long item = facts.item(execution);
        content.markApproved(item);
        // the publish timer that follows reads publishAt: the item's own time, not a variable rewritten meanwhile
        Instant publishAt = content.publishAt(item);
        PUBLISH_AT.set(execution, publishAt == null ? null : Date.from(publishAt));
    }
}
