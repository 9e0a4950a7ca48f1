package io.engineroom.workflow.engine;

import io.engineroom.identity.Role;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Claimed work stays with its person: once a task has an assignee, only that person (passing it on or giving it
 * up), a social media manager of the task's brand or an admin may change who has it. Camunda alone lets anyone
 * with UPDATE on the task (every member of its candidate groups) take a colleague's task or unclaim it.
 *
 * <p>The check sits in the engine's authorization provider because Camunda calls it on every change of a task's
 * assignee or owner, whichever command made it (set assignee, claim and unclaim, delegate and resolve, set owner,
 * assignee and owner identity links, saving a changed task, submitting a delegated task's form), with the value
 * before and after, inside the command and before anything is written. A refusal there is a plain
 * {@link AuthorizationException} (403 over REST), not a listener failure that a BPMN error boundary could catch.
 * Camunda calls the provider only while authorization is on, as it always is in Engine Room; without it nobody's
 * permissions would be checked anyway.
 *
 * <p>Claiming an unassigned task is left to Camunda's own permission check (its candidate groups). The engine's own
 * work, with nobody signed in (timers, channels, start-up), is not restricted.
 */
class ClaimedTaskProtection extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        if (!Objects.equals(oldAssignee, newAssignee)) {
            requireMayMove(task, oldAssignee, newAssignee == null ? "unclaim it" : "give it to " + newAssignee);
        }
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    /**
     * The owner gets a delegated task back when it is resolved, so making someone its owner moves the work too.
     * Delegating sets the owner before the assignee: the assignee is then still the one before the command.
     */
    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        if (!Objects.equals(oldOwner, newOwner)) {
            String holder = assigneeBefore(task);
            requireMayMove(task, holder != null ? holder : oldOwner,
                    newOwner == null ? "remove its owner" : "make " + newOwner + " its owner");
        }
        return super.newTaskOwner(task, oldOwner, newOwner);
    }

    private static void requireMayMove(Task task, String holder, String change) {
        CommandContext commandContext = Context.getCommandContext();
        Authentication actor = commandContext == null ? null : commandContext.getAuthentication();
        if (holder == null || actor == null || actor.getUserId() == null || holder.equals(actor.getUserId())
                || commandContext.getAuthorizationManager().isCamundaAdmin(actor)
                || isManagerOfBrand(actor, task.getTenantId())) {
            return;
        }
        throw new AuthorizationException("Task '" + task.getName() + "' is claimed by " + holder + ": only they, "
                + "a social media manager of its brand or an admin can " + change + " (" + actor.getUserId()
                + " cannot)");
    }

    /** The assignee when the command started: a save of a changed task has set the new one already. */
    private static String assigneeBefore(Task task) {
        if (task instanceof TaskEntity entity) {
            PropertyChange change = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
            if (change != null) {
                return change.getOrgValueString();
            }
        }
        return task.getAssignee();
    }

    /** A task of no brand has no membership to check: any social media manager may move it. */
    private static boolean isManagerOfBrand(Authentication actor, String brandId) {
        return actor.getGroupIds() != null && actor.getGroupIds().contains(Role.SOCIAL_MANAGER.groupId())
                && (brandId == null || actor.getTenantIds() != null && actor.getTenantIds().contains(brandId));
    }
}
