package io.engineroom.workflow.inbox;

import io.engineroom.workflow.SopVariables;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Keeps the task's inbox row in step with the task: every user task of every SOP gets this listener. */
@org.springframework.stereotype.Component
public class InboxTaskListener implements TaskListener {

    /** The task-local variable with the time an SOP's reminder last named the task (a {@code Date}). */
    public static final String REMINDED_AT = "engineRoomRemindedAt";

    private final InboxStore store;

    InboxTaskListener(InboxStore store) {
        this.store = store;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> store.remove(task.getId());
            case EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE -> store.save(toRow(task));
            default -> { }
        }
    }

    private static InboxRow toRow(DelegateTask task) {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
        // every task of every SOP passes here: a title of another type falls back to the task's name, never fails it
        String title = SopVariables.TITLE.findIfTyped(newTask(task) ? task.getExecution() : task).orElse(null);
        return new InboxRow(task.getId(), task.getTenantId(), task.getProcessInstanceId(),
                task.getExecution().getProcessBusinessKey(), definition.getKey(), definition.getName(),
                task.getTaskDefinitionKey(), task.getName(), title == null ? task.getName() : title,
                task.getAssignee(), task.getCreateTime(), task.getDueDate(), task.getPriority(),
                candidates(task.getCandidates(), true), candidates(task.getCandidates(), false),
                remindedAt(task));
    }

    /** When a reminder last named the task: none yet for a task being created. */
    private static Date remindedAt(DelegateTask task) {
        if (newTask(task)) {
            return null;
        }
        return task.getVariableLocal(REMINDED_AT) instanceof Date reminded ? reminded : null;
    }

    /**
     * A task being created: it has no local variables stored yet, so its variables are its execution's (reading them
     * through the task would first query the task's own, for every new task).
     */
    private static boolean newTask(DelegateTask task) {
        return EVENTNAME_CREATE.equals(task.getEventName()) && task.getExecution() != null;
    }

    /** The candidate groups' ids ({@code groups}) or the candidate users' ids among a task's identity links. */
    public static Set<String> candidates(Set<IdentityLink> links, boolean groups) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> groups ? link.getGroupId() : link.getUserId())
                .filter(id -> id != null)
                .collect(Collectors.toSet());
    }
}
