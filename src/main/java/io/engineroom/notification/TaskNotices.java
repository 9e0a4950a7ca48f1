package io.engineroom.notification;

import io.engineroom.workflow.TaskInbox;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices about a task to the people who work it: its assignee when it has one, else everyone of its brand who may
 * claim it. The reminders and escalations of the SOPs go through here, so "who is told" is one rule for all of them.
 * Each notice links to the task and has the process's business key as its topic.
 */
@Service
public class TaskNotices {

    private final TaskInbox inbox;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Notifications notifications;
    private final Clock clock;

    TaskNotices(TaskInbox inbox, TaskService taskService, RuntimeService runtimeService, Notifications notifications,
            Clock clock) {
        this.inbox = inbox;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A reminder on a stored task: it shows a badge in the inbox and comes first among the tasks due at the same
     * time, and its people are told.
     *
     * @return the notices' ids
     */
    @Transactional
    public List<Long> remind(String taskId, NoticeKind kind, String subject, String body) {
        inbox.markReminded(taskId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return tell(taskId, kind, subject, body);
    }

    /**
     * Tells a stored task's people.
     *
     * @return the notices' ids; none when the task is gone
     */
    @Transactional
    public List<Long> tell(String taskId, NoticeKind kind, String subject, String body) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return List.of();
        }
        return tell(task, businessKey(task.getProcessInstanceId()), kind, subject, body);
    }

    /**
     * As {@link #remind(String, NoticeKind, String, String)} for a stored task its SOP's step has in hand, with the
     * process's business key (the notices' topic): the step's execution knows it, so nothing is looked up twice.
     * An SLA reminder runs this; thousands of them can fall due at once.
     *
     * @return the notices' ids
     */
    @Transactional
    public List<Long> remind(Task task, String businessKey, NoticeKind kind, String subject, String body) {
        inbox.markReminded(task.getId(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        return tell(task, businessKey, kind, subject, body);
    }

    /** Tells a stored task's people, the notices' topic being the process's business key. */
    private List<Long> tell(Task task, String businessKey, NoticeKind kind, String subject, String body) {
        return send(inbox.peopleToTell(task), task.getId(), task.getTenantId(), businessKey, kind, subject, body);
    }

    /**
     * Tells the people of a task being created (a create listener's task is not stored yet).
     *
     * @return the notices' ids
     */
    @Transactional
    public List<Long> tell(DelegateTask task, NoticeKind kind, String subject, String body) {
        List<String> people = inbox.peopleToTell(task);
        return send(people, task.getId(), task.getTenantId(), task.getExecution().getProcessBusinessKey(), kind,
                subject, body);
    }

    /**
     * An escalation raised to the people of a task being created ("Handle the breach"): they are told, and the task
     * carries the same mark as a reminded one (badge, first among those due at the same time), since someone is
     * already waiting on it.
     *
     * @return the notices' ids
     */
    @Transactional
    public List<Long> escalate(DelegateTask task, NoticeKind kind, String subject, String body) {
        inbox.markReminded(task, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return tell(task, kind, subject, body);
    }

    private List<Long> send(List<String> people, String taskId, String brandId, String topic, NoticeKind kind,
            String subject, String body) {
        return people.stream().map(person -> notifications.send(new Notice(person, subject, body, "/task/" + taskId,
                topic, kind, brandId))).toList();
    }

    private String businessKey(String processInstanceId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
