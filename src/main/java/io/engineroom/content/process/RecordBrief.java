package io.engineroom.content.process;

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
        Object publishAt = task.getVariable("publishAt");
        content.recordBrief(facts.item(task.getExecution()),
                (String) task.getVariable("objective"), (String) task.getVariable("audience"),
                (String) task.getVariable("keyMessage"),
                publishAt instanceof Date date ? date.toInstant() : null);
    }
}
