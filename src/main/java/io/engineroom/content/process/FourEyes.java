package io.engineroom.content.process;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Review tasks: nobody approves a piece they wrote or designed. Checked in the engine when the task is claimed
 * and when it is completed, so it holds for the inbox, Camunda REST and Tasklist alike.
 */
@Component("fourEyes")
public class FourEyes implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String reviewer = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : actingUser(task);
        Object authors = task.getVariable(RecordAuthor.AUTHORS);
        if (reviewer != null && authors instanceof List<?> list && list.contains(reviewer)) {
            throw new AuthorizationException(reviewer + " helped write this piece; someone else must review it");
        }
    }

    private static String actingUser(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        String user = context == null ? null : context.getAuthenticatedUserId();
        return user != null ? user : task.getAssignee();
    }
}
