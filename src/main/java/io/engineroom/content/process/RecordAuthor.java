package io.engineroom.content.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Producing tasks (copy, visual): whoever completes one is listed in {@code contentAuthors}, for people reading the
 * instance's variables in History. The four-eyes check does not trust this list (anyone able to write variables could
 * empty it): {@link FourEyes} asks Camunda's history who completed those tasks. Kept as a bean also because SOP
 * versions deployed before that change still name it.
 */
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
