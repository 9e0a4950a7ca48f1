package io.engineroom.content.process;

import io.engineroom.content.ContentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Mark content approved": records the approval on the content item. */
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
        content.markApproved(facts.item(execution));
    }
}
