package io.engineroom.workflow.engine;

import io.engineroom.workflow.Acting;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A claimed task is its assignee's: nobody else may complete it, whatever their group permissions (Camunda
 * itself lets anyone with UPDATE complete). Applies to every user task of every SOP, from the UI and from
 * {@code /engine-rest} alike; the engine's own work (no signed-in user) is not restricted.
 */
class AssigneeOnlyCompletion implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String userId = Acting.user().orElse(null);
        String assignee = task.getAssignee();
        if (userId != null && assignee != null && !assignee.equals(userId)) {
            throw new AuthorizationException("Task '" + task.getName() + "' is claimed by " + assignee
                    + "; only they can complete it");
        }
    }
}
