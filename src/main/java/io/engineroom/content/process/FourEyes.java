package io.engineroom.content.process;

import io.engineroom.workflow.Acting;
import io.engineroom.workflow.WorkHistory;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Review tasks: nobody approves a piece they wrote or designed. Checked in the engine when the task is claimed
 * and when it is completed, so it holds for the inbox, Camunda REST and Tasklist alike. The authors are whoever
 * completed the instance's copy and visual tasks, as Camunda's history records them, not a process variable.
 */
@Component("fourEyes")
public class FourEyes implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        // claiming: the person it is assigned to; completing: the person completing it, else its assignee
        String reviewer = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
                : Acting.completer(task);
        // who produced the piece, from history: a contentAuthors variable could have been emptied by anyone
        List<String> authors = WorkHistory.completers(task.getProcessEngineServices().getHistoryService(),
                task.getProcessInstanceId(), PieceFacts.WRITE_COPY, PieceFacts.CREATE_VISUAL);
        if (reviewer != null && authors.contains(reviewer)) {
            throw new AuthorizationException(reviewer + " helped write this piece; someone else must review it");
        }
    }
}
