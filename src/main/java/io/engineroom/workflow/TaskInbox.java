package io.engineroom.workflow;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.identity.UserDirectory;
import io.engineroom.workflow.engine.EngineRefusals;
import io.engineroom.workflow.forms.FormSchema;
import io.engineroom.workflow.forms.FormSchemaParser;
import io.engineroom.workflow.forms.FormSubmission;
import io.engineroom.workflow.inbox.InboxQuery;
import io.engineroom.workflow.inbox.InboxStore;
import io.engineroom.workflow.inbox.InboxTaskListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The person's task inbox: list, claim, unclaim, open and complete SOP tasks. Every engine call runs as the
 * signed-in person, so Camunda's own brand (tenant) and permission checks apply underneath ours.
 */
@Service
public class TaskInbox {

    private static final List<String> STEP_TYPES = List.of("startEvent", "userTask", "serviceTask",
            "businessRuleTask", "sendTask", "endEvent", "noneEndEvent", "intermediateTimer", "boundaryTimer");

    private final InboxQuery query;
    private final CurrentUser currentUser;
    private final EngineIdentity engine;
    private final TaskService taskService;
    private final FormService formService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final UserDirectory users;
    private final InboxStore inboxStore;

    TaskInbox(InboxQuery query, CurrentUser currentUser, EngineIdentity engine, TaskService taskService,
            FormService formService, HistoryService historyService, RepositoryService repositoryService,
            IdentityService identityService, UserDirectory users, InboxStore inboxStore) {
        this.inboxStore = inboxStore;
        this.identityService = identityService;
        this.users = users;
        this.query = query;
        this.currentUser = currentUser;
        this.engine = engine;
        this.taskService = taskService;
        this.formService = formService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    public List<InboxEntry> page(InboxFilter filter, int offset, int limit) {
        EngineRoomUser me = currentUser.require();
        return query.page(me.id(), me.groups(), me.brands(), filter, offset, limit);
    }

    /**
     * How many tasks I see, counted no further than {@code cap} (a screen shows "1 000+" past it): cheap however many
     * tasks are open, unlike an exact count.
     */
    public long countUpTo(InboxFilter filter, int cap) {
        EngineRoomUser me = currentUser.require();
        return query.countUpTo(me.id(), me.groups(), me.brands(), filter, cap);
    }

    /**
     * One page of the open tasks of one task of one SOP that I see, in my brands (or the one in the filter), soonest
     * due first: the queue of a screen made for that task, such as the interaction inbox. {@code keys} (null: all)
     * narrows it by the screen's own facts before paging, see {@link BusinessKeyFilter}.
     */
    public List<InboxEntry> openTasks(String sopKey, String taskKey, String brandId, BusinessKeyFilter keys,
            int offset, int limit) {
        EngineRoomUser me = currentUser.require();
        return query.openTasks(me.id(), me.groups(), me.brands(), new InboxFilter(brandId, sopKey), taskKey, keys,
                offset, limit);
    }

    /** As {@link #countUpTo} for the tasks {@link #openTasks} pages through. */
    public long countOpenTasksUpTo(String sopKey, String taskKey, String brandId, BusinessKeyFilter keys, int cap) {
        EngineRoomUser me = currentUser.require();
        return query.countOpenTasksUpTo(me.id(), me.groups(), me.brands(), new InboxFilter(brandId, sopKey), taskKey,
                keys, cap);
    }

    /**
     * Who a task may be given to: the members of its candidate groups, and its candidate users, who belong to its
     * brand. Empty when I may not see the task.
     */
    public List<String> assignees(String taskId) {
        EngineRoomUser me = currentUser.require();
        Task task = engine.as(me, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return List.of();
        }
        return engine.asSystem(() -> candidates(task)).stream().sorted().toList();
    }

    /**
     * Gives a task I see to someone who may work it (see {@link #assignees}). A task someone else has claimed is
     * only moved by a social media manager or an admin.
     */
    public void assign(String taskId, String userId) {
        EngineRoomUser me = currentUser.require();
        engine.as(me, () -> {
            Task task = visibleTask(taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(me.id())
                    && !me.hasRole(Role.SOCIAL_MANAGER) && !me.hasRole(Role.ADMIN)) {
                throw new TaskActionException("Already claimed by " + task.getAssignee()
                        + "; only a social media manager moves it");
            }
            if (userId == null || !engine.asSystem(() -> candidates(task)).contains(userId)) {
                throw new TaskActionException(userId + " is not in this task's queue for its brand");
            }
            run(() -> taskService.setAssignee(taskId, userId));
            return null;
        });
    }

    private java.util.Set<String> candidates(Task task) {
        java.util.Set<String> candidates = new java.util.TreeSet<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                candidates.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
                        .forEach(user -> candidates.add(user.getId()));
            }
        }
        candidates.removeIf(userId -> users.load(userId).map(user -> !user.belongsTo(task.getTenantId()))
                .orElse(true));
        return candidates;
    }

    /**
     * Who hears about a stored task: its assignee when it has one, else everyone who may claim it and belongs to its
     * brand, active people only. For Engine Room's own steps (reminders, escalations): asks nobody's permission.
     */
    public List<String> peopleToTell(Task task) {
        return engine.asSystem(() -> {
            java.util.Set<IdentityLink> links = java.util.Set.copyOf(taskService.getIdentityLinksForTask(
                    task.getId()));
            return peopleToTell(task.getTenantId(), task.getAssignee(), InboxTaskListener.candidates(links, true),
                    InboxTaskListener.candidates(links, false));
        });
    }

    /** As {@link #peopleToTell(Task)} for a task being created: a create listener's task is not stored yet. */
    public List<String> peopleToTell(org.camunda.bpm.engine.delegate.DelegateTask task) {
        return peopleToTell(task.getTenantId(), task.getAssignee(), InboxTaskListener.candidates(task.getCandidates(),
                true), InboxTaskListener.candidates(task.getCandidates(), false));
    }

    /**
     * The assignee, else the members of the candidate groups and the candidate users who belong to the brand (any
     * brand when the task has none), active people only.
     */
    private List<String> peopleToTell(String brandId, String assignee, java.util.Set<String> candidateGroups,
            java.util.Set<String> candidateUsers) {
        if (assignee != null) {
            return users.isActive(assignee) ? List.of(assignee) : List.of();
        }
        return users.activePeople(brandId, candidateGroups, candidateUsers);
    }

    /**
     * An SOP's reminder names the task: from now on it shows a badge in the inbox and comes first among the tasks
     * due at the same time. For Engine Room's own steps.
     */
    public void markReminded(String taskId, java.time.Instant at) {
        java.util.Date when = java.util.Date.from(at);
        engine.asSystem(() -> {
            taskService.setVariableLocal(taskId, InboxTaskListener.REMINDED_AT, when);
            return null;
        });
        inboxStore.markReminded(taskId, when);
    }

    /**
     * As {@link #markReminded(String, java.time.Instant)} for a task being created (an escalation that is raised to
     * its people at once): the mark goes on the task in hand, as a create listener's task is not stored yet.
     */
    public void markReminded(org.camunda.bpm.engine.delegate.DelegateTask task, java.time.Instant at) {
        java.util.Date when = java.util.Date.from(at);
        task.setVariableLocal(InboxTaskListener.REMINDED_AT, when);
        // the inbox row may be written already (Engine Room's listeners run first): mark it too
        inboxStore.markReminded(task.getId(), when);
    }

    /** The SOPs deployed now, latest versions, by name. */
    public List<SopOption> sops() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(definition -> new SopOption(definition.getKey(),
                        definition.getName() == null ? definition.getKey() : definition.getName()))
                .distinct()
                .sorted(Comparator.comparing(SopOption::name))
                .toList();
    }

    public void claim(String taskId) {
        EngineRoomUser me = currentUser.require();
        engine.as(me, () -> {
            Task task = visibleTask(taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(me.id())) {
                throw new TaskActionException("Already claimed by " + task.getAssignee());
            }
            run(() -> taskService.claim(taskId, me.id()));
            return null;
        });
    }

    public void unclaim(String taskId) {
        EngineRoomUser me = currentUser.require();
        engine.as(me, () -> {
            Task task = visibleTask(taskId);
            if (!me.id().equals(task.getAssignee())) {
                throw new TaskActionException("Only the person who claimed this task can unclaim it");
            }
            run(() -> taskService.setAssignee(taskId, null));
            return null;
        });
    }

    /**
     * Completes a task with the values entered in its form. The values are checked against the form's rules
     * first; an unassigned task is claimed on the way; someone else's task is refused.
     */
    public void complete(String taskId, Map<String, Object> values, ZoneId zone) {
        EngineRoomUser me = currentUser.require();
        engine.as(me, () -> {
            Task task = visibleTask(taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(me.id())) {
                throw new TaskActionException("This task is claimed by " + task.getAssignee()
                        + "; only they can complete it");
            }
            FormSchema form = form(task);
            Map<String, String> refused = FormSubmission.undeclared(form, values);
            if (!refused.isEmpty()) {
                throw new TaskActionException("Only this form's own fields can be submitted; nothing was saved",
                        refused);
            }
            // the form's conditions (which fields are shown) read the task's variables as well as the entries
            Map<String, Object> entered = new HashMap<>(taskService.getVariables(taskId));
            entered.putAll(values);
            Map<String, String> errors = FormSubmission.errors(form, entered);
            if (!errors.isEmpty()) {
                throw new TaskActionException("Please correct the highlighted fields", errors);
            }
            Map<String, Object> variables = FormSubmission.variables(form, values, entered, zone);
            run(() -> {
                if (task.getAssignee() == null) {
                    taskService.claim(taskId, me.id());
                }
                try {
                    taskService.complete(taskId, variables);
                } catch (OptimisticLockingException timerFiredMeanwhile) {
                    // a timer of the same instance (a reminder, an escalation) changed it in the same moment; the
                    // completion was rolled back whole, so doing it once more is safe and spares the person a retry
                    taskService.complete(taskId, variables);
                }
            });
            return null;
        });
    }

    public TaskDetails open(String taskId) {
        EngineRoomUser me = currentUser.require();
        return engine.as(me, () -> {
            Task task = visibleTask(taskId);
            ProcessDefinition definition = repositoryService.getProcessDefinition(task.getProcessDefinitionId());
            Map<String, Object> variables = taskService.getVariables(taskId);
            String title = SopVariables.TITLE.fromIfTyped(variables).orElse(null);
            // the record the task is about, for what the page records against it (a voice check's override)
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            InboxEntry entry = new InboxEntry(task.getId(), task.getName(),
                    title == null ? task.getName() : title, task.getTenantId(), definition.getKey(),
                    definition.getName(), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(),
                    task.getAssignee(), instance == null ? null : instance.getBusinessKey());
            boolean mine = me.id().equals(task.getAssignee());
            return new TaskDetails(entry, task.getTaskDefinitionKey(), mine, task.getAssignee() == null, form(task), variables,
                    steps(task.getProcessInstanceId()));
        });
    }

    private List<TaskStep> steps(String processInstanceId) {
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished()
                .orderByHistoricActivityInstanceEndTime().asc().orderPartiallyByOccurrence().asc().list();
        return activities.stream()
                .filter(activity -> STEP_TYPES.contains(activity.getActivityType()))
                .map(activity -> new TaskStep(activity.getActivityName() == null ? activity.getActivityId()
                        : activity.getActivityName(), activity.getAssignee(), activity.getEndTime().toInstant()))
                .toList();
    }

    private FormSchema form(Task task) {
        TaskFormData formData = formService.getTaskFormData(task.getId());
        if (formData == null || formData.getCamundaFormRef() == null) {
            return FormSchema.EMPTY;
        }
        try (InputStream json = formService.getDeployedTaskForm(task.getId())) {
            return FormSchemaParser.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task, if this person may see it (their brand, and their group's, theirs or open to them). */
    private Task visibleTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskActionException("This task does not exist any more, or it is not yours to see");
        }
        return task;
    }

    private static void run(Runnable engineCall) {
        try {
            engineCall.run();
        } catch (TaskActionException e) {
            throw e;
        } catch (ProcessEngineException e) {
            ProcessEngineException refusal = EngineRefusals.refusal(e);
            throw new TaskActionException((refusal != null ? refusal : e).getMessage(),
                    refusal != null ? EngineRefusals.fieldProblems(refusal) : Map.of());
        }
    }
}
