package io.engineroom.workflow;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Who is acting in the engine right now: the one place delegates and listeners ask, instead of each reading the
 * command context its own way. What was done earlier is in {@link WorkHistory}.
 */
public final class Acting {

    private Acting() {
    }

    /** The person the engine is acting for in the current command, if any (none for timers and the system). */
    public static Optional<String> user() {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        return Optional.ofNullable(authentication == null ? null : authentication.getUserId());
    }

    /**
     * Who completes the task: the person completing it, else its assignee (a task completed by the system on
     * someone's behalf, as in tests and demo data, counts as the assignee's).
     */
    public static String completer(DelegateTask task) {
        return user().orElse(task.getAssignee());
    }

    /** Who is responsible for the task now: its assignee, else the person acting on it. */
    public static String assigneeOrActing(DelegateTask task) {
        return task.getAssignee() != null ? task.getAssignee() : user().orElse(null);
    }
}
