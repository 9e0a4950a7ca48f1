package io.engineroom.content.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Producing tasks (copy, visual): whoever completes one becomes an author of the piece, for the four-eyes check. */
@Component("recordAuthor")
public class RecordAuthor implements TaskListener {

    static final String AUTHORS = "contentAuthors";

    @Override
    public void notify(DelegateTask task) {
        String author = task.getAssignee();
        if (author == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> authors = task.getVariable(AUTHORS) == null ? new ArrayList<>()
                : new ArrayList<>((List<String>) task.getVariable(AUTHORS));
        if (!authors.contains(author)) {
            authors.add(author);
            task.setVariable(AUTHORS, authors);
        }
    }
}
