package io.engineroom.content.process;

import static io.engineroom.content.ContentApprovalVariables.CONTENT_AUTHORS;

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

        @Override
    public void notify(DelegateTask task) {
        String author = task.getAssignee();
        if (author == null) {
            return;
        }
        List<String> authors = new ArrayList<>(CONTENT_AUTHORS.find(task).orElse(List.of()));
        if (!authors.contains(author)) {
            authors.add(author);
            CONTENT_AUTHORS.set(task, authors);
        }
    }
}
