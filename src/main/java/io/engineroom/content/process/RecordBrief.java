package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.AUDIENCE;
import static io.engineroom.content.ContentApprovalVariables.KEY_MESSAGE;
import static io.engineroom.content.ContentApprovalVariables.OBJECTIVE;
import static io.engineroom.content.ContentApprovalVariables.PUBLISH_AT;

import io.engineroom.content.ContentService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Write brief" completed: the brief's answers go onto the content item, so the calendar shows them. */
@Component("recordBrief")
class RecordBrief implements TaskListener {

    private final ContentService content;
    private final PieceFacts facts;

    RecordBrief(ContentService content, PieceFacts facts) {
        this.content = content;
        this.facts = facts;
    }

    @Override
    public void notify(DelegateTask task) {
        // a publish time that is not a date is left out (null keeps the item's own), the rest of the brief still counts
        content.recordBrief(facts.item(task.getExecution()), OBJECTIVE.get(task), AUDIENCE.get(task),
                KEY_MESSAGE.get(task), PUBLISH_AT.findIfTyped(task).map(Date::toInstant).orElse(null));
    }
}
