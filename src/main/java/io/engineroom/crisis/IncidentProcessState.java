package io.engineroom.crisis;

import io.engineroom.identity.EngineIdentity;
import io.engineroom.workflow.SopVariable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the incident's crisis SOP instance (business key {@code incident:<id>}) knows that the incident row does
 * not: its variables (severity, the statement and its sign-offs), its open steps and the next status update's
 * timer. Read from the engine's history, so it still answers once the instance has ended. Callers check access;
 * the engine is asked as Engine Room itself, since an executive, say, may read the room but holds no permission
 * on the SOP's tasks and jobs.
 */
@Component
class IncidentProcessState {

    static final String BUSINESS_KEY_PREFIX = "incident:";
    /** The timer start event of the SOP's status rhythm: its job's due date is the next status update's. */
    static final String STATUS_UPDATE_TIMER = "StatusUpdateDue";
    static final String DRAFT_STATEMENT = "DraftStatement";

    private final HistoryService history;
    private final ManagementService management;
    private final TaskService tasks;
    private final EngineIdentity engine;

    IncidentProcessState(HistoryService history, ManagementService management, TaskService tasks,
            EngineIdentity engine) {
        this.history = history;
        this.management = management;
        this.tasks = tasks;
        this.engine = engine;
    }

    /**
     * The incident's SOP instance, running or ended: the one the incident records, else (incidents raised before
     * it recorded one) the latest with its business key.
     */
    Optional<String> instanceOf(long incidentId, String recordedInstanceId) {
        if (recordedInstanceId != null) {
            return Optional.of(recordedInstanceId);
        }
        return engine.asSystem(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(BUSINESS_KEY_PREFIX + incidentId).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().map(HistoricProcessInstance::getId).findFirst());
    }

    /** The instance's variables by name, the instance's own scope winning over a sub-process's or a task's. */
    Map<String, Object> variables(String processInstanceId, SopVariable<?>... variables) {
        String[] names = Arrays.stream(variables).map(SopVariable::name).toArray(String[]::new);
        Map<String, Object> values = new HashMap<>();
        List<HistoricVariableInstance> found = engine.asSystem(() -> history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableNameIn(names).list());
        for (HistoricVariableInstance variable : found) {
            boolean instanceScope = processInstanceId.equals(variable.getActivityInstanceId());
            if (variable.getValue() != null && (instanceScope || !values.containsKey(variable.getName()))) {
                values.put(variable.getName(), variable.getValue());
            }
        }
        return values;
    }

    /** The names of the instance's open user tasks, oldest first. */
    List<String> waitingAt(String processInstanceId) {
        return engine.asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().list()).stream().map(Task::getName).filter(Objects::nonNull).distinct()
                .toList();
    }

    /** Whether the instance waits at this user task. */
    boolean waitsAt(String processInstanceId, String taskDefinitionKey) {
        return engine.asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).count()) > 0;
    }

    /** When the status rhythm's timer fires next; empty while the rhythm has not started or after it stopped. */
    Optional<Instant> nextStatusUpdateDue(String processInstanceId) {
        return engine.asSystem(() -> management.createJobQuery().processInstanceId(processInstanceId)
                .activityId(STATUS_UPDATE_TIMER).timers().list()).stream().map(Job::getDuedate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(java.util.Date::toInstant);
    }
}
